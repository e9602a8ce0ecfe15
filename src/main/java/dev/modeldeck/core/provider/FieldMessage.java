package dev.modeldeck.core.provider;

/**
 * One message for one form field: which field, how much it matters, what to say, and an optional one-click value.
 *
 * @param field one of the field ids in {@link ProviderValidation}
 * @param fix the value to put in the field when the user accepts the suggestion (a corrected URL, a free name);
 *     or null
 */
public record FieldMessage(String field, Severity severity, String message, String fix) {
    @Override public String toString() { return field + " " + severity + ": " + message; }
}
