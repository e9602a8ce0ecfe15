package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.EndpointResolver;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.List;

/**
 * Explains why nothing answered. The browser reports a refused connection, a DNS or TLS failure and
 * a CORS refusal all as the same "Failed to fetch", so the permission state, the host and the
 * scheme decide which explanations are possible.
 */
final class ReachAdvice {
    private ReachAdvice() { }

    static Finding explain(ProviderConfig p, NetException e, boolean permissionMissing, String url, List<String> secrets) {
        long timeout = EndpointResolver.headersTimeoutMs(p);
        boolean local = EndpointResolver.isLocal(p);
        String where = Texts.hostPort(p.baseUrl);
        String server = LocalServers.name(p);
        switch (e.kind()) {
            case TIMEOUT_HEADERS:
                return Finding.failed("no answer in " + Texts.seconds(timeout) + " from " + where + ".", local
                    ? Texts.capital(server) + " may be loading a model or be busy: wait and test again, or raise this "
                        + "provider's timeout (now " + Texts.seconds(timeout) + ")."
                    : "Check that the server is up, then test again; if it is just slow, raise this provider's timeout "
                        + "(now " + Texts.seconds(timeout) + ").");
            case NETWORK:
                return network(p, permissionMissing, local, where, server, url).withDetails(detail(e, secrets));
            default:
                return Finding.failed("the request could not be made: " + Scrub.foreign(e.getMessage(), secrets),
                    "Check the provider's settings and test again.");
        }
    }

    private static Finding network(ProviderConfig p, boolean permissionMissing, boolean local, String where,
                                   String server, String url) {
        if (local && permissionMissing) {
            return Finding.failed("no usable answer from " + where + ": either nothing is listening there (is "
                    + server + " running?), or the browser blocked the reply because the server sends no CORS "
                    + "headers and ModelDeck lacks permission.",
                "Grant access, then test again. If it still fails, make sure " + server + " is running. "
                    + LocalServers.startHint(p));
        }
        if (local) {
            return Finding.failed("nothing is listening on " + where + " \u2014 is " + server + " running?",
                LocalServers.startHint(p) + " If it runs on another port or machine, correct the base URL.");
        }
        if (permissionMissing) {
            return Finding.failed("no usable answer from " + where + ": the browser blocked the reply because the "
                    + "server sends no CORS headers and ModelDeck lacks permission (or the server is unreachable).",
                "Grant access, then test again.");
        }
        if ("http".equals(Texts.scheme(p.baseUrl))) {
            return Finding.failed("could not connect to " + where + " over http:// (mixed content is not an issue "
                    + "for extension pages, so the server itself is unreachable).",
                "Check that the server is running and reachable from this computer (firewall, VPN, address); "
                    + "open " + url + " in a tab to see what the browser says.");
        }
        return Finding.failed("could not connect to " + where + ": the name may not resolve (a typo?), its "
                + "certificate may be invalid, you may be offline, or a firewall, proxy or VPN blocks it.",
            "Open " + url + " in a tab: a certificate or DNS error shows there. Check the address and your connection.");
    }

    private static String detail(NetException e, List<String> secrets) {
        return e.getMessage() == null ? null : "The browser said: " + Scrub.foreign(e.getMessage(), secrets);
    }
}
