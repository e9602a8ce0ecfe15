package dev.modeldeck.core.diagnosis;

/** The connection test's steps, in the order they run. */
public enum Step {
    CONFIGURATION("Configuration"),
    PERMISSION("Permission"),
    REACH("Reach"),
    ORIGIN("Origin check"),
    AUTHENTICATION("Authentication"),
    MODELS("Models"),
    CHAT("Chat");

    private final String label;

    Step(String label) { this.label = label; }

    /** The name shown at the start of the step's line. */
    public String label() { return label; }
}
