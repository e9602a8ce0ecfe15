package dev.modeldeck.testprovider;

import dev.modeldeck.testsupport.Fixtures;

/** Turns a recorded error (fixtures/errors/NAME, with an optional NAME.headers beside it) into a fault. */
final class ErrorFixtures {
    private ErrorFixtures() { }

    /**
     * A RESPOND fault from fixtures/errors/NAME. Status: {@code status} when >= 100, else the
     * status line of NAME's .headers file, else the first 3-digit number in the name, else 500.
     */
    static Fault errorFault(String name, int status) {
        Fixtures.file("errors", name); // the name may come from a control request: refuse one that leaves the folder
        String body = Fixtures.text("errors/" + name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String headersFile = "errors/" + stem + ".headers";
        int fromHeaders = -1;
        Fault f = Fault.status(500).body(body);
        if (Fixtures.exists(headersFile)) {
            fromHeaders = applyHeadersFile(f, Fixtures.text(headersFile));
        }
        int chosen = status >= 100 ? status : fromHeaders >= 100 ? fromHeaders : statusInName(stem);
        f.status = chosen;
        if (body.trim().isEmpty()) {
            f.contentType = null;
        }
        return f;
    }

    /** Copies headers (not framing ones) into the fault; returns the status of an HTTP status line, or -1. */
    private static int applyHeadersFile(Fault f, String text) {
        int status = -1;
        for (String raw : text.split("\r?\n")) {
            String line = raw.trim();
            if (line.startsWith("HTTP/")) {
                String[] parts = line.split(" ");
                if (parts.length > 1) {
                    status = Integer.parseInt(parts[1]);
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            String lower = name.toLowerCase();
            if (lower.equals("content-length") || lower.equals("date") || lower.equals("transfer-encoding")
                    || lower.equals("connection")) {
                continue;
            }
            if (lower.equals("content-type")) {
                f.contentType = value;
            } else {
                f.headers.put(name, value);
            }
        }
        return status;
    }

    private static int statusInName(String stem) {
        for (int i = 0; i + 3 <= stem.length(); i++) {
            String three = stem.substring(i, i + 3);
            boolean digits = Character.isDigit(three.charAt(0)) && Character.isDigit(three.charAt(1))
                    && Character.isDigit(three.charAt(2));
            boolean bounded = (i == 0 || !Character.isDigit(stem.charAt(i - 1)))
                    && (i + 3 == stem.length() || !Character.isDigit(stem.charAt(i + 3)));
            if (digits && bounded && three.charAt(0) >= '1' && three.charAt(0) <= '5') {
                return Integer.parseInt(three);
            }
        }
        return 500;
    }
}
