package dev.modeldeck.jvm;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 arriving in arbitrary pieces: bytes of a character cut across two pieces are kept
 * until the rest arrives. Invalid bytes become U+FFFD rather than failing the stream.
 */
public final class Utf8ChunkDecoder {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    /** Bytes of an incomplete character from the previous piece (at most 3). */
    private byte[] carry = new byte[0];

    /** Text of all complete characters so far; an incomplete tail waits for the next call. */
    public String decode(byte[] bytes, int off, int len) {
        ByteBuffer in = ByteBuffer.allocate(carry.length + len);
        in.put(carry).put(bytes, off, len).flip();
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        decoder.decode(in, out, false);
        carry = new byte[in.remaining()];
        in.get(carry);
        out.flip();
        return out.toString();
    }

    /** Ends the input: a dangling partial character becomes U+FFFD. */
    public String finish() {
        ByteBuffer in = ByteBuffer.wrap(carry);
        CharBuffer out = CharBuffer.allocate(carry.length + 2);
        decoder.decode(in, out, true);
        decoder.flush(out);
        carry = new byte[0];
        decoder.reset();
        out.flip();
        return out.toString();
    }
}
