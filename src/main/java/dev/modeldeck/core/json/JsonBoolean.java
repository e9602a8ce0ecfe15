package dev.modeldeck.core.json;

public final class JsonBoolean extends Json {
    static final JsonBoolean TRUE = new JsonBoolean(true);
    static final JsonBoolean FALSE = new JsonBoolean(false);
    private final boolean value;

    private JsonBoolean(boolean value) { this.value = value; }

    @Override public boolean isBoolean() { return true; }
    @Override public Boolean bool() { return value; }
    @Override public String text() { return value ? "true" : "false"; }
}
