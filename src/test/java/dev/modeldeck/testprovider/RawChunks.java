package dev.modeldeck.testprovider;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helper: sends one HTTP/1.1 request over a plain socket and returns the body's chunks exactly as framed on the wire. */
final class RawChunks {
    private RawChunks() { }

    static List<String> post(int port, String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            boolean chunked = false;
            String line;
            while (!(line = readLine(in)).isEmpty()) {
                chunked |= line.toLowerCase().startsWith("transfer-encoding:") && line.toLowerCase().contains("chunked");
            }
            if (!chunked) {
                throw new IOException("response is not chunked");
            }
            List<String> chunks = new ArrayList<>();
            while (true) {
                int size = Integer.parseInt(readLine(in).trim(), 16);
                if (size == 0) {
                    return chunks;
                }
                byte[] chunk = new byte[size];
                in.readFully(chunk);
                readLine(in);
                chunks.add(new String(chunk, StandardCharsets.UTF_8));
            }
        }
    }

    private static String readLine(DataInputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                buf.write(b);
            }
        }
        return buf.toString(StandardCharsets.US_ASCII);
    }
}
