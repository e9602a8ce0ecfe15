package dev.modeldeck.ui.markdown;

import dev.modeldeck.core.chat.markdown.BlockSplitter;
import dev.modeldeck.ui.dom.El;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Shows a message that grows token by token. Finished blocks are rendered as markdown once; the
 * unfinished tail is a plain text node that each token extends (appendData), so the cost of a
 * token does not grow with the length of the message.
 */
public final class StreamingMarkdownView {
    private final El container;
    private final MarkdownDom.CodeBlockHook hook;
    private final BlockSplitter splitter = new BlockSplitter();
    private El tailBox;
    private JSObject tailText;
    private boolean tailIsCode;

    public StreamingMarkdownView(El container, MarkdownDom.CodeBlockHook hook) {
        this.container = container;
        this.hook = hook;
    }

    public void append(String delta) {
        if (delta == null || delta.isEmpty()) {
            return;
        }
        String finished = splitter.append(delta);
        if (finished != null) {
            dropTail();
            MarkdownDom.render(finished, container, hook);
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
            MarkdownDom.render(rest, container, hook);
        }
    }

    /** Renders a complete message at once (history, non-streaming replies). */
    public static void renderAll(String markdown, El container, MarkdownDom.CodeBlockHook hook) {
        MarkdownDom.render(markdown, container, hook);
    }

    private void appendToTail(String text) {
        boolean code = splitter.inFence();
        if (tailBox == null || code != tailIsCode) {
            dropTail();
            tailIsCode = code;
            tailBox = code ? El.tag("pre").cls("streaming-tail code") : El.tag("p").cls("streaming-tail");
            tailText = createText(code ? splitter.tail() : splitter.tail());
            appendNode(tailBox.node(), tailText);
            container.add(tailBox);
            return;
        }
        appendData(tailText, text);
    }

    private void dropTail() {
        if (tailBox != null) {
            tailBox.remove();
            tailBox = null;
            tailText = null;
        }
    }

    @JSBody(params = "s", script = "return document.createTextNode(s);")
    private static native JSObject createText(String s);

    @JSBody(params = {"t", "s"}, script = "t.appendData(s);")
    private static native void appendData(JSObject textNode, String s);

    @JSBody(params = {"parent", "child"}, script = "parent.appendChild(child);")
    private static native void appendNode(JSObject parent, JSObject child);
}
