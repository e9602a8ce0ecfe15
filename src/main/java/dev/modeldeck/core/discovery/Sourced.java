package dev.modeldeck.core.discovery;

/** A capability value together with where it came from. The value is null exactly when the source is UNKNOWN. */
public final class Sourced<T> {
    private static final Sourced<Object> UNKNOWN = new Sourced<>(null, CapabilitySource.UNKNOWN);

    private final T value;
    private final CapabilitySource source;

    private Sourced(T value, CapabilitySource source) {
        this.value = value;
        this.source = source;
    }

    @SuppressWarnings("unchecked")
    public static <T> Sourced<T> unknown() { return (Sourced<T>) UNKNOWN; }

    /** A known value; a null value gives {@link #unknown()}. */
    public static <T> Sourced<T> of(T value, CapabilitySource source) {
        return value == null || source == CapabilitySource.UNKNOWN ? unknown() : new Sourced<>(value, source);
    }

    public static <T> Sourced<T> provider(T value) { return of(value, CapabilitySource.PROVIDER); }
    public static <T> Sourced<T> builtin(T value) { return of(value, CapabilitySource.BUILTIN); }
    public static <T> Sourced<T> user(T value) { return of(value, CapabilitySource.USER); }

    public T value() { return value; }
    public T valueOr(T fallback) { return value == null ? fallback : value; }
    public CapabilitySource source() { return source; }
    public boolean isKnown() { return value != null; }

    /** This one when known, otherwise {@code other}. */
    public Sourced<T> or(Sourced<T> other) { return isKnown() ? this : other; }

    @Override public boolean equals(Object o) {
        return o instanceof Sourced<?> s && source == s.source && (value == null ? s.value == null : value.equals(s.value));
    }

    @Override public int hashCode() { return (value == null ? 0 : value.hashCode()) * 31 + source.hashCode(); }

    @Override public String toString() { return isKnown() ? value + " (" + source.label() + ")" : "unknown"; }
}
