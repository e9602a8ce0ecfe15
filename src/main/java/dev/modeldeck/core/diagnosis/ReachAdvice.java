package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;
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
        // The local server's name ("Ollama"), or null when unknown: sentences then say "the server".
        String server = LocalServers.name(p);
        switch (e.kind()) {
            case TIMEOUT_HEADERS:
                String wait = Texts.seconds(timeout);
                return Finding.failed(I18n.t("diag_reach_timeout", wait, where), !local
                    ? I18n.t("diag_reach_timeout_fix", wait)
                    : server == null ? I18n.t("diag_reach_timeout_fix_local", wait)
                    : I18n.t("diag_reach_timeout_fix_named", Texts.capital(server), wait));
            case NETWORK:
                return network(p, permissionMissing, local, where, server, url).withDetails(detail(e, secrets));
            default:
                return Finding.failed(I18n.t("diag_reach_failed", Scrub.foreign(e.getMessage(), secrets)),
                    I18n.t("diag_reach_failed_fix"));
        }
    }

    private static Finding network(ProviderConfig p, boolean permissionMissing, boolean local, String where,
                                   String server, String url) {
        if (local && permissionMissing) {
            String start = LocalServers.startHint(p);
            return server == null
                ? Finding.failed(I18n.t("diag_reach_local_blocked", where), I18n.t("diag_reach_local_blocked_fix", start))
                : Finding.failed(I18n.t("diag_reach_local_blocked_named", where, server),
                    I18n.t("diag_reach_local_blocked_named_fix", server, start));
        }
        if (local) {
            return Finding.failed(server == null ? I18n.t("diag_reach_nothing_listening", where)
                    : I18n.t("diag_reach_nothing_listening_named", where, server),
                I18n.t("diag_reach_nothing_listening_fix", LocalServers.startHint(p)));
        }
        if (permissionMissing) {
            return Finding.failed(I18n.t("diag_reach_blocked", where), I18n.t("diag_reach_blocked_fix"));
        }
        if ("http".equals(Texts.scheme(p.baseUrl))) {
            return Finding.failed(I18n.t("diag_reach_http_unreachable", where), I18n.t("diag_reach_http_unreachable_fix", url));
        }
        return Finding.failed(I18n.t("diag_reach_no_connection", where), I18n.t("diag_reach_no_connection_fix", url));
    }

    private static String detail(NetException e, List<String> secrets) {
        return e.getMessage() == null ? null : I18n.t("diag_browser_said", Scrub.foreign(e.getMessage(), secrets));
    }
}
