package dev.modeldeck.core.net;

import dev.modeldeck.core.security.SecretPatterns;

/** One HTTP header as sent or received. */
public record Header(String name, String value) {
    /** "Authorization: ██": credentials never reach a log line through a header. */
    @Override public String toString() { return name + ": " + SecretPatterns.shownValue(name, value); }
}
