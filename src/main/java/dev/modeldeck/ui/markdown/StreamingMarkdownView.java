package dev.modeldeck.ui.markdown;

import dev.modeldeck.core.chat.markdown.BlockSplitter;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.Format;
import org.teavm.jso.dom.xml.CharacterData;

/**
 * Shows a message that grows token by token. Finished blocks are rendered as markdown once; the
 * unfinished tail is a plain text node that each token extends (appendData), so the cost of a
 * token does not grow with the length of the message.
 */
public final class StreamingMarkdownView {
    /**
     * Text beyond this many characters is not rendered until the user asks: parsing and laying out a
     * megabyte reply (or one 1 MB token) froze the page for seconds. The message itself keeps all of it.
     */
    public static final int MAX_RENDERED_CHARS = 100_000;
    /**
     * Finished blocks go into parts of this many blocks. A part that is full is sealed (CSS gives it
     * content-visibility), so the layout a token forces walks a few parts, not every block of a long reply
     * (measured: per-token layout grew 7.5× over a 20,000-token reply when every block was a direct child).
     */
    static final int BLOCKS_PER_PART = 16;

    private final El container;
    private final MarkdownDom.CodeBlockHook hook;
    private final BlockSplitter splitter = new BlockSplitter();
    private El part;
    private El tailBox;
    private CharacterData tailText;
    private boolean tailIsCode;
    private int accepted;
    private StringBuilder overflow;

    public StreamingMarkdownView(El container, MarkdownDom.CodeBlockHook hook) {
        this.container = container;
        this.hook = hook;
    }

    public void append(String delta) {
        if (delta == null || delta.isEmpty()) {
            return;
        }
        if (overflow != null) {
            overflow.append(delta);
            return;
        }
        if (accepted + delta.length() > MAX_RENDERED_CHARS) {
            int cut = safeCut(delta, MAX_RENDERED_CHARS - accepted);
            overflow = new StringBuilder(delta.substring(cut));
            delta = delta.substring(0, cut);
            if (delta.isEmpty()) {
                return;
            }
        }
        accepted += delta.length();
        String finished = splitter.append(delta);
        if (finished != null) {
            dropTail();
            renderFinished(finished);
            String tail = splitter.tail();
            if (!tail.isEmpty()) {
                appendToTail(tail);
            }
            return;
        }
        appendToTail(delta);
    }

    /** Renders what remains as markdown (stream ended, stopped or failed). */
    public void finish() {
        String rest = splitter.finish();
        dropTail();
        if (rest != null) {
            renderFinished(rest);
        }
        if (overflow != null) {
            showOverflow(container, accepted, overflow.toString());
        }
    }

    /** Renders finished markdown into the open part; seals the part once it holds enough blocks. */
    private void renderFinished(String markdown) {
        if (part == null) {
            part = El.div("md-part");
            container.add(part);
        }
        MarkdownDom.render(markdown, part, hook);
        if (part.node().getChildren().getLength() >= BLOCKS_PER_PART) {
            part.cls("md-part sealed");
            part = null;
        }
    }

    /** Renders a complete message at once (history, non-streaming replies). */
    public static void renderAll(String markdown, El container, MarkdownDom.CodeBlockHook hook) {
        if (markdown.length() <= MAX_RENDERED_CHARS) {
            MarkdownDom.render(markdown, container, hook);
            return;
        }
        int cut = safeCut(markdown, MAX_RENDERED_CHARS);
        MarkdownDom.render(markdown.substring(0, cut), container, hook);
        showOverflow(container, cut, markdown.substring(cut));
    }

    /** A note saying how much is hidden, and a button that shows the rest as plain text (cheap to lay out). */
    private static void showOverflow(El container, int shown, String rest) {
        El note = El.div("long-message-note");
        El restBox = El.div("long-message-rest").hidden(true);
        El button = El.button(I18n.t("ui_show_whole_message"));
        note.addText(I18n.t("ui_long_reply_note", Format.thousands(shown),
            Format.thousands(shown + rest.length())) + " ");
        note.add(button);
        button.onClick(() -> {
            restBox.text(rest).hidden(false);
            note.remove();
        });
        container.add(note, restBox);
    }

    /** {@code max} or one less, so a cut never splits a surrogate pair. */
    private static int safeCut(String s, int max) {
        int cut = Math.max(0, Math.min(max, s.length()));
        return cut > 0 && cut < s.length() && Character.isHighSurrogate(s.charAt(cut - 1)) ? cut - 1 : cut;
    }

    private void appendToTail(String text) {
        boolean code = splitter.inFence();
        if (tailBox == null || code != tailIsCode) {
            dropTail();
            tailIsCode = code;
            tailBox = code ? El.tag("pre").cls("streaming-tail code") : El.tag("p").cls("streaming-tail");
            tailText = tailBox.addTextNode(splitter.tail());
            container.add(tailBox);
            return;
        }
        tailText.appendData(text);
    }

    private void dropTail() {
        if (tailBox != null) {
            tailBox.remove();
            tailBox = null;
            tailText = null;
        }
    }
}
