package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;

/** The connection test's steps, in the order they run. */
public enum Step {
    CONFIGURATION,
    PERMISSION,
    REACH,
    ORIGIN,
    AUTHENTICATION,
    MODELS,
    CHAT;

    /** The name shown at the start of the step's line, in the user's language. */
    public String label() {
        return switch (this) {
            case CONFIGURATION -> I18n.t("diag_step_configuration");
            case PERMISSION -> I18n.t("diag_step_permission");
            case REACH -> I18n.t("diag_step_reach");
            case ORIGIN -> I18n.t("diag_step_origin");
            case AUTHENTICATION -> I18n.t("diag_step_authentication");
            case MODELS -> I18n.t("diag_step_models");
            case CHAT -> I18n.t("diag_step_chat");
        };
    }
}
