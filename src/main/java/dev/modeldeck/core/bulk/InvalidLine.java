package dev.modeldeck.core.bulk;

/**
 * A URL-list line that can't become a provider: its number, what is wrong, and a corrected URL when one exists.
 *
 * @param lineNumber 1-based, counting every line of the input (blank and comment lines too)
 * @param text the line as read (trimmed, shortened; any user name or password removed)
 * @param suggestion a URL that would work, or null
 */
public record InvalidLine(int lineNumber, String text, String message, String suggestion) {
    /** Without the text: it is the user's own line. */
    @Override public String toString() { return "Line " + lineNumber + ": " + message; }
}
