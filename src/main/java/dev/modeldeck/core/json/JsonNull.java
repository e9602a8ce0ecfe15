package dev.modeldeck.core.json;

public final class JsonNull extends Json {
    static final JsonNull INSTANCE = new JsonNull();

    private JsonNull() { }

    @Override public boolean isNull() { return true; }
}
