package dev.modeldeck.core.chat;

import java.util.Arrays;

/**
 * The geometry of a long transcript of which only a window is rendered: each message's height (measured
 * once it was shown, estimated from its length until then), where each one starts, and which messages a
 * viewport needs. Positions are in pixels from the top of the first message; messages are {@code gap} apart.
 */
public final class TranscriptWindow {
    /** A message's height apart from its text: padding, border, the meta line. */
    static final double BASE_HEIGHT = 48;
    /** Before anything was measured: about 45 characters per 20 px line. */
    static final double DEFAULT_PX_PER_CHAR = 0.45;

    private double[] heights = new double[64];
    private int[] chars = new int[64];
    private int size;
    private double gap;
    private double measuredHeight;
    private double measuredChars;
    private int measuredCount;

    public TranscriptWindow(double gap) {
        this.gap = gap;
    }

    public int size() { return size; }

    public double gap() { return gap; }

    public void gap(double px) { gap = px; }

    /** Adds a message of this many characters at the end (not measured yet). */
    public void add(int length) {
        if (size == heights.length) {
            heights = Arrays.copyOf(heights, size * 2);
            chars = Arrays.copyOf(chars, size * 2);
        }
        heights[size] = 0;
        chars[size] = length;
        size++;
    }

    /** Adds messages of these lengths before the first one (not measured yet); the others keep their heights. */
    public void prepend(int[] lengths) {
        int capacity = heights.length;
        while (capacity < size + lengths.length) {
            capacity *= 2;
        }
        double[] h = new double[capacity];
        int[] c = new int[capacity];
        System.arraycopy(heights, 0, h, lengths.length, size);
        System.arraycopy(chars, 0, c, lengths.length, size);
        System.arraycopy(lengths, 0, c, 0, lengths.length);
        heights = h;
        chars = c;
        size += lengths.length;
    }

    /** Keeps the first {@code newSize} messages. */
    public void truncate(int newSize) {
        while (size > newSize) {
            forget(--size);
        }
    }

    /** The message's text changed: its height is unknown again. */
    public void changed(int index, int length) {
        forget(index);
        chars[index] = length;
    }

    public void clear() { truncate(0); }

    /** Records the height the message took on screen. */
    public void measured(int index, double height) {
        forget(index);
        heights[index] = Math.max(1, height);
        measuredHeight += heights[index];
        measuredChars += chars[index];
        measuredCount++;
    }

    public boolean isMeasured(int index) { return heights[index] > 0; }

    /** The measured height, or an estimate from the message's length and what was measured so far. */
    public double height(int index) {
        return heights[index] > 0 ? heights[index] : estimate(chars[index]);
    }

    /** Distance from the top of the first message to the top of message {@code index} (the room above it). */
    public double before(int index) {
        double y = 0;
        for (int i = 0; i < index; i++) {
            y += height(i) + gap;
        }
        return y;
    }

    /** The room below message {@code end - 1} that messages {@code end…} take, gaps included. */
    public double after(int end) {
        double y = 0;
        for (int i = end; i < size; i++) {
            y += gap + height(i);
        }
        return y;
    }

    /**
     * The messages [first, end) that overlap the band [top, bottom) (transcript coordinates); at least one
     * message when there are any: a band above the first gives the first one, below the last the last one.
     */
    public int[] range(double top, double bottom) {
        if (size == 0) {
            return new int[] {0, 0};
        }
        int first = -1;
        double y = 0;
        for (int i = 0; i < size; i++) {
            double end = y + height(i);
            if (first < 0 && end > top) {
                first = i;
            }
            if (first >= 0 && y >= bottom) {
                return new int[] {first, Math.max(first + 1, i)};
            }
            y = end + gap;
        }
        return first < 0 ? new int[] {size - 1, size} : new int[] {first, size};
    }

    /** The first message of the shortest tail of the transcript that is at least {@code span} pixels tall. */
    public int firstForBottom(double span) {
        double y = 0;
        for (int i = size - 1; i >= 0; i--) {
            y += height(i);
            if (y >= span) {
                return i;
            }
            y += gap;
        }
        return 0;
    }

    private double estimate(int length) {
        double perChar = DEFAULT_PX_PER_CHAR;
        if (measuredChars > 0) {
            perChar = Math.max(0, (measuredHeight - BASE_HEIGHT * measuredCount) / measuredChars);
        }
        return BASE_HEIGHT + length * perChar;
    }

    private void forget(int index) {
        if (heights[index] > 0) {
            measuredHeight -= heights[index];
            measuredChars -= chars[index];
            measuredCount--;
            heights[index] = 0;
        }
    }
}
