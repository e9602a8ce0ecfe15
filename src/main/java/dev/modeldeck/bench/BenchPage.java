package dev.modeldeck.bench;

import dev.modeldeck.browser.NativeJson;
import dev.modeldeck.core.chat.ChatStreamListener;
import dev.modeldeck.core.chat.SseParser;
import dev.modeldeck.core.chat.StreamAssembler;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.markdown.StreamingMarkdownView;
import java.util.function.Function;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSMapLike;
import org.teavm.jso.core.JSNumber;
import org.teavm.jso.core.JSObjects;
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

    /** The global {@code modeldeckBench} the page's runner calls. */
    interface Bench extends JSObject {
        @JSProperty void setStream(StreamFn stream);
        @JSProperty void setStreamNativeJson(StreamFn stream);
        @JSProperty void setRender(RenderFn render);
    }

    private static int layoutSink;

    public static void main(String[] args) {
        Bench bench = JSObjects.create();
        // The product's path: ChatPage gives the assembler the browser's JSON.parse (browser.NativeJson).
        bench.setStream(chunks -> runStream(chunks, NativeJson::parse));
        // The same pipeline with the Java parser, for comparison.
        bench.setStreamNativeJson(chunks -> runStream(chunks, null));
        bench.setRender(BenchPage::render);
        ((JSMapLike<JSObject>) Window.current()).set("modeldeckBench", bench);
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
        double start = Performance.now();
        double firstEnd = start;
        double lastStart = start;
        for (int i = 0; i < n; i++) {
            if (i == n - edge) {
                if (forceLayout) {
                    forceLayout(container); // catch up on the untimed middle, outside the timed window
                }
                lastStart = Performance.now();
            }
            view.append(tokens.get(i).stringValue());
            // Layout is forced only in the two timed windows: the middle adds the same DOM either way.
            if (forceLayout && (i < edge || i >= n - edge)) {
                forceLayout(container);
            }
            if (i == edge - 1) {
                firstEnd = Performance.now();
            }
        }
        double end = Performance.now();
        view.finish();
        JSArray<JSObject> out = JSArray.create();
        out.push(JSNumber.valueOf(firstEnd - start));
        out.push(JSNumber.valueOf(end - lastStart));
        out.push(JSNumber.valueOf(end - start));
        return out;
    }

    /** Reading offsetHeight forces layout; the sum is kept so the compiler cannot drop the read. */
    private static void forceLayout(HTMLElement el) {
        layoutSink += el.getOffsetHeight();
    }
}
