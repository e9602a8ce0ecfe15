package dev.modeldeck.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** Raw and gzip size (default level, as `gzip` and most servers use) of the built extension's scripts, per file and per page. */
final class JsSize {
    static final long GOAL_GZIP_BYTES = 250 * 1024;
    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\"");

    final Map<String, long[]> files = new TreeMap<>();
    final Map<String, List<String>> pages = new LinkedHashMap<>();
    long raw;
    long gzip;

    static JsSize measure(Path extension) throws IOException {
        JsSize s = new JsSize();
        try (Stream<Path> js = Files.list(extension.resolve("js"))) {
            for (Path p : (Iterable<Path>) js::iterator) {
                if (p.toString().endsWith(".js")) {
                    byte[] bytes = Files.readAllBytes(p);
                    long gz = gzipSize(bytes);
                    s.files.put("js/" + p.getFileName(), new long[] {bytes.length, gz});
                    s.raw += bytes.length;
                    s.gzip += gz;
                }
            }
        }
        try (Stream<Path> html = Files.list(extension)) {
            for (Path p : (Iterable<Path>) html.sorted()::iterator) {
                if (p.toString().endsWith(".html")) {
                    List<String> scripts = new ArrayList<>();
                    Matcher m = SCRIPT.matcher(Files.readString(p));
                    while (m.find()) {
                        scripts.add(m.group(1));
                    }
                    s.pages.put(p.getFileName().toString(), scripts);
                }
            }
        }
        return s;
    }

    long[] page(String name) {
        long[] t = new long[2];
        for (String src : pages.get(name)) {
            long[] f = files.get(src);
            if (f != null) {
                t[0] += f[0];
                t[1] += f[1];
            }
        }
        return t;
    }

    static String kib(long bytes) { return String.format("%.1f KiB", bytes / 1024.0); }

    private static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
