package dev.modeldeck.core.discovery;

/** Price in US dollars per million tokens, normalised from whatever unit the provider used. Null = not given. */
public record Pricing(Double promptPerMillion, Double completionPerMillion) {
    /** From per-token prices (OpenRouter quotes dollars per token as strings like "0.000003"). */
    public static Pricing perToken(Double prompt, Double completion) {
        return new Pricing(prompt == null ? null : prompt * 1_000_000d, completion == null ? null : completion * 1_000_000d);
    }

    public Double promptPerToken() { return promptPerMillion == null ? null : promptPerMillion / 1_000_000d; }
    public Double completionPerToken() { return completionPerMillion == null ? null : completionPerMillion / 1_000_000d; }

    public boolean isFree() {
        return promptPerMillion != null && completionPerMillion != null && promptPerMillion == 0d && completionPerMillion == 0d;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Pricing p && same(promptPerMillion, p.promptPerMillion)
            && same(completionPerMillion, p.completionPerMillion);
    }

    private static boolean same(Double a, Double b) { return a == null ? b == null : b != null && Math.abs(a - b) < 1e-9; }

    /** Equality allows rounding error, so the hash cannot depend on the values. */
    @Override public int hashCode() { return 0; }

    @Override public String toString() { return "$" + promptPerMillion + " / $" + completionPerMillion + " per 1M tokens"; }
}
