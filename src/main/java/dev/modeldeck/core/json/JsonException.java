package dev.modeldeck.core.json;

/** Malformed JSON; the message names the position and never echoes the input. */
public final class JsonException extends Exception {
    private final int position;

    public JsonException(String message, int position) {
        super(message + " at character " + position);
        this.position = position;
    }

    public int position() { return position; }
}
