package dev.modeldeck.testprovider;

import dev.modeldeck.testsupport.Fixtures;

/** What the provider answers when no fault interferes: the model list and the chat replies. Thread-safe. */
public final class Content {
    /** Layouts of the model list body; fixtures are served as recorded and ignore this. */
    public enum Shape {
        /** {@code {"object":"list","data":[{"id":…,"object":"model",…}]}} */
        OPENAI("openai"),
        /** A top-level array of model objects (Together). */
        BARE_ARRAY("bare-array"),
        /** {@code {"models":[{"name":…,"model":…}]}} (Ollama /api/tags). */
        OLLAMA_TAGS("ollama-tags"),
        /** {@code {"data":["id", …]}}: ids as plain strings. */
        ID_STRINGS("id-strings");

        final String wireName;

        Shape(String wireName) { this.wireName = wireName; }

        public String wireName() { return wireName; }

        static Shape parse(String s) {
            for (Shape sh : values()) {
                if (sh.wireName.equalsIgnoreCase(s) || sh.name().equalsIgnoreCase(s)) {
                    return sh;
                }
            }
            throw new IllegalArgumentException("Unknown model list shape: " + s);
        }
    }

    private String modelsFixture;
    private int generatedModels;
    private Shape shape = Shape.OPENAI;
    private String streamFixture;
    private String chatFixture;
    private long wordDelayMs;
    private long defaultWordDelayMs;

    /** Serve fixtures/models/NAME as the model list on every models path. */
    public synchronized Content modelsFixture(String name) {
        Fixtures.file("models", name);
        this.modelsFixture = name;
        this.generatedModels = 0;
        return this;
    }

    /** Serve a generated list of {@code n} models ({@code generated-model-00001} …). */
    public synchronized Content generatedModels(int n) {
        this.generatedModels = n;
        this.modelsFixture = null;
        return this;
    }

    /** Back to the small demo list. */
    public synchronized Content demoModels() {
        this.modelsFixture = null;
        this.generatedModels = 0;
        return this;
    }

    /** Layout of the demo or generated list. */
    public synchronized Content modelsShape(Shape s) { this.shape = s; return this; }

    /** Replay fixtures/streams/NAME for {@code "stream": true} requests (null = demo reply). */
    public synchronized Content streamFixture(String name) {
        if (name != null) {
            Fixtures.file("streams", name);
        }
        this.streamFixture = name;
        return this;
    }

    /** Answer non-streaming requests with fixtures/chat/NAME (null = demo reply). */
    public synchronized Content chatFixture(String name) {
        if (name != null) {
            Fixtures.file("chat", name);
        }
        this.chatFixture = name;
        return this;
    }

    /** Pause between the words of the streamed demo reply (0 in tests, ~40 ms for a live demo). */
    public synchronized Content wordDelayMs(long ms) { this.wordDelayMs = ms; return this; }

    public synchronized Content reset() {
        modelsFixture = null;
        generatedModels = 0;
        shape = Shape.OPENAI;
        streamFixture = null;
        chatFixture = null;
        wordDelayMs = defaultWordDelayMs;
        return this;
    }

    /** The word delay that {@link #reset} restores (the standalone demo uses a visible one). */
    synchronized void defaultWordDelayMs(long ms) {
        this.defaultWordDelayMs = ms;
        this.wordDelayMs = ms;
    }

    synchronized String modelsFixture() { return modelsFixture; }
    synchronized int generatedModels() { return generatedModels; }
    synchronized Shape shape() { return shape; }
    synchronized String streamFixture() { return streamFixture; }
    synchronized String chatFixture() { return chatFixture; }
    synchronized long wordDelayMs() { return wordDelayMs; }
}
