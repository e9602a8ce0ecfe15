package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.provider.ProviderConfig;

/**
 * Explains why a server answers GET but refuses POST from the extension. Chromium sends no Origin
 * header on a GET when the host permission is granted, but does on a POST; servers such as Ollama
 * answer that Origin with a bare 403.
 */
final class OriginAdvice {
    /** The label of the provider form's checkbox, quoted in fixes. */
    static final String STRIP_ORIGIN_SETTING = "Remove the Origin header for this server";

    private OriginAdvice() { }

    /** A 403 with an empty body. */
    static Finding refused(ProviderConfig p, String method, boolean ruleActive, boolean permissionMissing) {
        String summary = "the server refuses requests from browser extensions (Origin check): its answer to "
            + method + " was HTTP 403 with an empty body.";
        String serverSide = serverSideFix(p);
        String fix;
        if (p.stripOrigin && ruleActive) {
            fix = "“" + STRIP_ORIGIN_SETTING + "” is on and its rule is active, yet the server still refuses. "
                + serverSide;
        } else if (p.stripOrigin) {
            fix = "“" + STRIP_ORIGIN_SETTING + "” is on, but its rule is not installed"
                + (permissionMissing ? ": grant access first (the rule needs it), then test again."
                    : ": save the provider again to install it, then test again.")
                + " Or: " + lowerFirst(serverSide);
        } else {
            fix = "Turn on “" + STRIP_ORIGIN_SETTING + "” (ModelDeck installs a rule for this address only)"
                + (permissionMissing ? " and grant access" : "") + ", or " + lowerFirst(serverSide);
        }
        return Finding.failed(summary, fix);
    }

    /** The GET got an answer but the POST got none. */
    static Finding postBlocked(ProviderConfig p, boolean permissionMissing) {
        if (permissionMissing) {
            return Finding.failed("the server answered GET, but the browser blocked the reply to POST: the server's "
                    + "CORS rules don't allow the extension (a CORS refusal).",
                "Grant access: with the permission, the browser no longer applies CORS to this server. Or "
                    + lowerFirst(serverSideFix(p)));
        }
        return Finding.failed("the server answered GET, but a POST got no answer at all: the connection was closed "
                + "or refused mid-way.",
            "Check the server's log: it may have crashed while loading the model. If a proxy sits in front of it, "
                + "check that it forwards POST requests.");
    }

    /** What to change on the server itself. */
    static String serverSideFix(ProviderConfig p) {
        if ("ollama".equals(LocalServers.presetOf(p).id())) {
            return "Start Ollama with OLLAMA_ORIGINS=chrome-extension://* (quit the Ollama app first, then run "
                + "`OLLAMA_ORIGINS=chrome-extension://* ollama serve`).";
        }
        return "Allow chrome-extension:// origins in the server's CORS or allowed-origins setting "
            + "(for Ollama: OLLAMA_ORIGINS=chrome-extension://*).";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
