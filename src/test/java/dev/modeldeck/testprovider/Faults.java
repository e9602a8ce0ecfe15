package dev.modeldeck.testprovider;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The faults and server policies a test has switched on. Thread-safe: a test (or the control
 * endpoint) changes it while handler threads read it.
 */
public final class Faults {
    /** Which requests carrying an extension Origin get Ollama's bare 403. */
    public enum OriginRule { OFF, POST, ALL }

    private final List<Fault> rules = new ArrayList<>();
    private boolean cors = true;
    private OriginRule originRule = OriginRule.OFF;
    private String authHeader;
    private String authValue;
    private final Runnable onReset;

    Faults(Runnable onReset) { this.onReset = onReset; }

    /** Registers a fault rule; returns this for chaining. */
    public synchronized Faults add(Fault f) {
        rules.add(f);
        return this;
    }

    /** CORS headers on every answer and a 204 to preflights (default) or none at all. */
    public synchronized Faults cors(boolean on) { this.cors = on; return this; }

    /** Answer 403 with an empty body to requests whose Origin is an extension's (chrome-extension://…). */
    public synchronized Faults rejectExtensionOrigin(OriginRule rule) { this.originRule = rule; return this; }

    /** Require {@code Authorization: Bearer <key>}; other or missing credentials get a 401. */
    public synchronized Faults requireBearer(String key) { return requireHeader("Authorization", "Bearer " + key); }

    /** Require a custom header (e.g. {@code api-key}) with exactly this value. */
    public synchronized Faults requireHeader(String name, String value) {
        this.authHeader = name;
        this.authValue = value;
        return this;
    }

    public synchronized Faults noAuth() { return requireHeader(null, null); }

    /** Removes every rule and restores the default policies; releases stalled connections. */
    public Faults clear() {
        synchronized (this) {
            rules.clear();
            cors = true;
            originRule = OriginRule.OFF;
            authHeader = null;
            authValue = null;
        }
        onReset.run();
        return this;
    }

    public synchronized boolean cors() { return cors; }
    public synchronized OriginRule originRule() { return originRule; }
    synchronized String authHeader() { return authHeader; }
    synchronized String authValue() { return authValue; }

    /** Rules still waiting to fire (a copy). */
    public synchronized List<Fault> pending() { return new ArrayList<>(rules); }

    /**
     * Picks the rules for one request on {@code route}: the oldest active rule of each type,
     * counting it down (and dropping it when used up).
     */
    synchronized Map<Fault.Type, Fault> consume(Target route) {
        Map<Fault.Type, Fault> plan = new EnumMap<>(Fault.Type.class);
        Iterator<Fault> it = rules.iterator();
        while (it.hasNext()) {
            Fault f = it.next();
            if (plan.containsKey(f.type) || route == null || !f.target.covers(route)) {
                continue;
            }
            plan.put(f.type, f);
            if (f.times != Fault.ALWAYS && --f.times <= 0) {
                it.remove();
            }
        }
        return plan;
    }
}
