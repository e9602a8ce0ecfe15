package dev.modeldeck.bench;

import dev.modeldeck.browser.NativeJson;
import dev.modeldeck.core.chat.ChatStreamListener;
import dev.modeldeck.core.chat.SseParser;
import dev.modeldeck.core.chat.StreamAssembler;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.markdown.StreamingMarkdownView;
import java.util.function.Function;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Entry point of the benchmark page (bench profile only, never shipped). It puts the hot paths of the
 * product behind a global {@code modeldeckBench} object so the page's plain-JS runner can time them
 * next to the reference implementations, on the same input, in the same browser.
 */
public final class BenchPage {
    private BenchPage() { }

    /** Feeds decoded stream text and answers the length of the assembled reply text. */
    @JSFunctor
    public interface StreamFn extends JSObject {
        int run(JSArray<JSString> chunks);
    }

    /**
     * Appends tokens to a streaming markdown view; answers [first block ms, last block ms, total ms]. With
     * forceLayout, layout is forced after each token of the two timed blocks (the cost of one frame per token).
     */
    @JSFunctor
    public interface RenderFn extends JSObject {
        JSArray<JSObject> run(JSArray<JSString> tokens, HTMLElement container, boolean forceLayout, int edge);
    }

    public static void main(String[] args) {
        publish(
            // The product's path: ChatPage gives the assembler the browser's JSON.parse (browser.NativeJson).
            (StreamFn) chunks -> runStream(chunks, NativeJson::parse),
            // The same pipeline with the Java parser, for comparison.
            (StreamFn) chunks -> runStream(chunks, null),
            (RenderFn) BenchPage::render);
    }

    /** The product's stream path as ChatRunner wires it for SSE: SseParser → StreamAssembler (its own JSON reader unless given one). */
    static int runStream(JSArray<JSString> chunks, Function<String, Json> reader) {
        StreamAssembler assembler = new StreamAssembler(new ChatStreamListener() { }, null);
        if (reader != null) {
            assembler.jsonReader(reader);
        }
        SseParser parser = new SseParser(new SseParser.Listener() {
            @Override public void onEvent(String event, String data, String id) {
                assembler.onSseEvent(event, data);
            }
        });
        int n = chunks.getLength();
        for (int i = 0; i < n; i++) {
            parser.feed(chunks.get(i).stringValue());
        }
        parser.end();
        return assembler.contentLength();
    }

    /** Times the first and the last {@code edge} tokens of a reply shown through StreamingMarkdownView. */
    static JSArray<JSObject> render(JSArray<JSString> tokens, HTMLElement container, boolean forceLayout, int edge) {
        StreamingMarkdownView view = new StreamingMarkdownView(El.wrap(container), (head, language, code) ->
            head.add(El.button("Copy code").label("Copy " + (language.isEmpty() ? "code" : language + " code"))));
        int n = tokens.getLength();
        double start = now();
        double firstEnd = start;
        double lastStart = start;
        for (int i = 0; i < n; i++) {
            if (i == n - edge) {
                if (forceLayout) {
                    layout(container); // catch up on the untimed middle, outside the timed window
                }
                lastStart = now();
            }
            view.append(tokens.get(i).stringValue());
            // Layout is forced only in the two timed windows: the middle adds the same DOM either way.
            if (forceLayout && (i < edge || i >= n - edge)) {
                layout(container);
            }
            if (i == edge - 1) {
                firstEnd = now();
            }
        }
        double end = now();
        view.finish();
        JSArray<JSObject> out = JSArray.create();
        out.push(number(firstEnd - start));
        out.push(number(end - lastStart));
        out.push(number(end - start));
        return out;
    }

    @JSBody(params = {"stream", "streamNativeJson", "render"}, script =
        "window.modeldeckBench = {stream: stream, streamNativeJson: streamNativeJson, render: render};")
    private static native void publish(StreamFn stream, StreamFn streamNativeJson, RenderFn render);

    @JSBody(script = "return performance.now();")
    static native double now();

    @JSBody(params = "el", script = "return el.offsetHeight;")
    private static native int layout(HTMLElement el);

    @JSBody(params = "d", script = "return d;")
    private static native JSObject number(double d);
}
