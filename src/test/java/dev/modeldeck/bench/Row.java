package dev.modeldeck.bench;

/** One line of the results table; {@code met} is null where there is no goal. */
record Row(String what, String ours, String reference, String comparison, String goal, Boolean met) {
    String verdict() { return met == null ? "—" : met ? "met" : "MISSED"; }

    String markdown() {
        return "| " + what + " | " + ours + " | " + reference + " | " + comparison + " | " + goal + " | " + verdict() + " |";
    }

    static String header() {
        return "| what | ours (median) | reference, same run (median) | ours vs reference | goal | result |\n|---|---|---|---|---|---|";
    }
}
