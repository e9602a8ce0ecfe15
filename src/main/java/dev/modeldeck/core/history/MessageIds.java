package dev.modeldeck.core.history;

/**
 * Message ids that sort in the order messages were written: time, then a per-page counter, then the page's
 * tag, so two pages adding messages in the same millisecond still get distinct ids.
 */
public final class MessageIds {
    private final String writer;
    private int counter;

    public MessageIds(String writer) { this.writer = writer; }

    public String next(long now) {
        return id(now, counter++, writer);
    }

    /** The id of a message whose time and position are known (migrated and imported messages). */
    public static String id(long time, int sequence, String writer) {
        return pad(Long.toString(Math.max(0, time), 36), 9) + pad(Integer.toString(sequence & 0xFFFFF, 36), 4) + "-" + writer;
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }
}
