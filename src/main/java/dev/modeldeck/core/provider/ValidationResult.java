package dev.modeldeck.core.provider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything {@link ProviderValidation} found, in field order. Saving is allowed when there is no ERROR.
 *
 * @param normalizedBaseUrl the base URL to store (spaces, trailing slash and pasted endpoint removed)
 */
public record ValidationResult(List<FieldMessage> messages, String normalizedBaseUrl) {
    public ValidationResult {
        messages = Collections.unmodifiableList(new ArrayList<>(messages));
    }

    public boolean canSave() {
        for (FieldMessage m : messages) {
            if (m.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }

    /** Messages for one field, in the order found. */
    public List<FieldMessage> forField(String field) {
        List<FieldMessage> out = new ArrayList<>();
        for (FieldMessage m : messages) {
            if (m.field().equals(field)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The first ERROR message of a field, or null. */
    public String firstError(String field) {
        for (FieldMessage m : messages) {
            if (m.field().equals(field) && m.severity() == Severity.ERROR) {
                return m.message();
            }
        }
        return null;
    }
}
