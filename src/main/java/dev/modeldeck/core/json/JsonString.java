package dev.modeldeck.core.json;

public final class JsonString extends Json {
    private final String value;

    JsonString(String value) { this.value = value; }

    @Override public boolean isString() { return true; }
    @Override public String str() { return value; }

    @Override
    public Double num() {
        String t = value.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public Boolean bool() {
        if ("true".equals(value)) {
            return Boolean.TRUE;
        }
        return "false".equals(value) ? Boolean.FALSE : null;
    }

    @Override public boolean equals(Object o) { return o instanceof JsonString s && s.value.equals(value); }
    @Override public int hashCode() { return value.hashCode(); }
}
