package dev.modeldeck.core.net;

/** One HTTP header as sent or received. */
public record Header(String name, String value) {
    @Override public String toString() { return name + ": " + value; }
}
