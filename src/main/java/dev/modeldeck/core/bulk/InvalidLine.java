package dev.modeldeck.core.bulk;

/** A URL-list line that can't become a provider: its number, what is wrong, and a corrected URL when one exists. */
public final class InvalidLine {
    private final int lineNumber;
    private final String text;
    private final String message;
    private final String suggestion;

    InvalidLine(int lineNumber, String text, String message, String suggestion) {
        this.lineNumber = lineNumber;
        this.text = text;
        this.message = message;
        this.suggestion = suggestion;
    }

    /** 1-based, counting every line of the input (blank and comment lines too). */
    public int lineNumber() { return lineNumber; }
    /** The line as read (trimmed, shortened; any user name or password removed). */
    public String text() { return text; }
    public String message() { return message; }
    /** A URL that would work, or null. */
    public String suggestion() { return suggestion; }

    @Override public String toString() { return "Line " + lineNumber + ": " + message; }
}
