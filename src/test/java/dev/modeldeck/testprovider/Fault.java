package dev.modeldeck.testprovider;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One fault rule: what goes wrong, on which endpoints, and for how many requests. Built with the
 * static factories, narrowed with {@link #on} and {@link #times}, then registered through
 * {@link Faults#add}. Rules of the same {@link Type} queue up (the oldest active one is used first);
 * rules of different types combine on one request (e.g. a delay plus a stall).
 */
public final class Fault {
    /** Every kind of fault; the names (lower camel case) are the "type" values of the control endpoint. */
    public enum Type {
        /** Replace the answer: any status, body, content type and headers (also fixture errors and HTML pages). */
        RESPOND("respond"),
        DELAY_HEADERS("delayHeaders"),
        STALL("stall"),
        DISCONNECT("disconnect"),
        SLOW_CHUNKS("slowChunks"),
        ERROR_MID_STREAM("errorMidStream"),
        NO_DONE("noDone"),
        NON_STREAMING("nonStreaming"),
        EMPTY_MODELS("emptyModels"),
        HUGE_MODELS("hugeModels"),
        OPENROUTER_COMMENT("openRouterComment");

        final String wireName;

        Type(String wireName) { this.wireName = wireName; }

        public String wireName() { return wireName; }
    }

    /** Stands for "every matching request until reset". */
    public static final int ALWAYS = -1;

    final Type type;
    Target target;
    int times = 1;
    int status;
    String body = "";
    String contentType = "application/json";
    final Map<String, String> headers = new LinkedHashMap<>();
    long ms;
    int afterChunks;
    int megabytes;
    String errorEvent;

    private Fault(Type type, Target defaultTarget) {
        this.type = type;
        this.target = defaultTarget;
    }

    // ---- factories ----

    /** Answer with this status (body empty until {@link #body} is set); all endpoints by default. */
    public static Fault status(int status) {
        Fault f = new Fault(Type.RESPOND, Target.ALL);
        f.status = status;
        return f;
    }

    /** Answer with this status and a JSON body. */
    public static Fault status(int status, String jsonBody) {
        return status(status).body(jsonBody);
    }

    /**
     * Answer with a body from fixtures/errors/, its status taken from the file name (groq-429.json → 429;
     * 500 when the name has none) and headers from a sibling .headers file when there is one.
     */
    public static Fault errorFixture(String fileName) {
        return ErrorFixtures.errorFault(fileName, -1);
    }

    /** Like {@link #errorFixture(String)} with an explicit status. */
    public static Fault errorFixture(String fileName, int status) {
        return ErrorFixtures.errorFault(fileName, status);
    }

    /** An HTML error page (as proxies and captive portals send) with this status, e.g. 200 or 502. */
    public static Fault html(int status) {
        return status(status).contentType("text/html; charset=utf-8").body(
                "<!DOCTYPE html>\n<html><head><title>" + status + " Bad Gateway</title></head>\n"
                + "<body><h1>" + status + " Bad Gateway</h1><p>The upstream server did not answer.</p>"
                + "<hr><address>demo-proxy</address></body></html>\n");
    }

    /** Wait this long before sending status and headers. */
    public static Fault delayHeaders(long ms) {
        Fault f = new Fault(Type.DELAY_HEADERS, Target.ALL);
        f.ms = ms;
        return f;
    }

    /** After this many body chunks, keep the connection open and send nothing (until reset/close, or {@link #forMs}). */
    public static Fault stallAfter(int chunks) {
        Fault f = new Fault(Type.STALL, Target.CHAT);
        f.afterChunks = chunks;
        return f;
    }

    /** After this many body chunks, close the connection without finishing the body. */
    public static Fault disconnectAfter(int chunks) {
        Fault f = new Fault(Type.DISCONNECT, Target.CHAT);
        f.afterChunks = chunks;
        return f;
    }

    /** Wait this long before each body chunk. */
    public static Fault slowChunks(long msPerChunk) {
        Fault f = new Fault(Type.SLOW_CHUNKS, Target.CHAT);
        f.ms = msPerChunk;
        return f;
    }

    /** After this many chunks send {@code data: {"error":{...}}} and end the stream (no [DONE]). */
    public static Fault errorMidStream(int afterChunks) {
        Fault f = new Fault(Type.ERROR_MID_STREAM, Target.CHAT);
        f.afterChunks = afterChunks;
        f.errorEvent = "{\"error\":{\"message\":\"The model stopped unexpectedly (demo provider fault).\","
                + "\"type\":\"server_error\",\"code\":502}}";
        return f;
    }

    /** End the stream without the final {@code data: [DONE]}. */
    public static Fault noDone() { return new Fault(Type.NO_DONE, Target.CHAT); }

    /** Ignore {@code "stream": true} and answer one JSON completion. */
    public static Fault nonStreaming() { return new Fault(Type.NON_STREAMING, Target.CHAT); }

    /** Answer the model list with no models (same shape, empty). */
    public static Fault emptyModels() { return new Fault(Type.EMPTY_MODELS, Target.MODELS); }

    /** Answer the model list with a valid body of at least this many megabytes. */
    public static Fault hugeModels(int megabytes) {
        Fault f = new Fault(Type.HUGE_MODELS, Target.MODELS);
        f.megabytes = megabytes;
        return f;
    }

    /** Send {@code : OPENROUTER PROCESSING} (an SSE comment) before the first chunk. */
    public static Fault openRouterComment() { return new Fault(Type.OPENROUTER_COMMENT, Target.CHAT); }

    // ---- narrowing ----

    public Fault on(Target t) { this.target = t; return this; }
    /** How many requests this rule affects; {@link #ALWAYS} for all of them. Default 1. */
    public Fault times(int n) { this.times = n; return this; }
    public Fault always() { return times(ALWAYS); }
    public Fault body(String b) { this.body = b == null ? "" : b; return this; }
    public Fault contentType(String ct) { this.contentType = ct; return this; }
    public Fault header(String name, String value) { headers.put(name, value); return this; }
    /** For a stall: release after this long instead of waiting for reset/close. */
    public Fault forMs(long ms) { this.ms = ms; return this; }
    /** For errorMidStream: the JSON written after {@code data: }. */
    public Fault errorEvent(String json) { this.errorEvent = json; return this; }

    public Type type() { return type; }
    public Target target() { return target; }
    public int remaining() { return times; }

    @Override
    public String toString() { return type.wireName + " on " + target + " x" + (times == ALWAYS ? "always" : times); }
}
