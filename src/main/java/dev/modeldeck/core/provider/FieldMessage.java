package dev.modeldeck.core.provider;

/** One message for one form field: which field, how much it matters, what to say, and an optional one-click value. */
public final class FieldMessage {
    private final String field;
    private final Severity severity;
    private final String message;
    private final String fix;

    public FieldMessage(String field, Severity severity, String message, String fix) {
        this.field = field;
        this.severity = severity;
        this.message = message;
        this.fix = fix;
    }

    /** One of the field ids in {@link ProviderValidation}. */
    public String field() { return field; }
    public Severity severity() { return severity; }
    public String message() { return message; }
    /** The value to put in the field when the user accepts the suggestion (a corrected URL, a free name); or null. */
    public String fix() { return fix; }

    @Override public String toString() { return field + " " + severity + ": " + message; }
}
