package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.discovery.CapabilityResolver;
import dev.modeldeck.core.discovery.ModelInfo;
import dev.modeldeck.core.discovery.ModelList;
import dev.modeldeck.core.discovery.ModelListParser;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.ErrorClassifier;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.Preset;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.ArrayList;
import java.util.List;

/** Step 6: reads the /models answer the Reach step got, with the same parser discovery uses. */
final class ModelsCheck {
    /** Model ids named in the summary. */
    private static final int NAMED = 3;

    final Finding finding;
    /** -1 when the list could not be read. */
    final int models;
    final int chatModels;
    /** Chat-capable ids in the provider's order. */
    final List<String> chatIds;

    private ModelsCheck(Finding finding, int models, int chatModels, List<String> chatIds) {
        this.finding = finding;
        this.models = models;
        this.chatModels = chatModels;
        this.chatIds = chatIds;
    }

    static ModelsCheck interpret(ProviderConfig p, Probe probe, String url, List<String> secrets, long now) {
        List<String> none = new ArrayList<>();
        if (probe.status == 404) {
            Preset preset = Presets.byId(p.presetId);
            if (!preset.hasModelsList()) {
                return new ModelsCheck(Finding.warning(I18n.t("diag_models_none_expected", preset.displayName()),
                    I18n.t("diag_models_none_expected_fix")), -1, -1, none);
            }
            return new ModelsCheck(Finding.warning(I18n.t("diag_models_no_list", url),
                I18n.t("diag_models_no_list_fix", ErrorAdvice.wrongUrlFix(p))), -1, -1, none);
        }
        if (probe.status < 200 || probe.status >= 300) {
            NetException e = ErrorClassifier.classify(probe.status, probe.headers, probe.body, secrets, now);
            Finding f = ErrorAdvice.explain(p, e, null, secrets);
            if (e.kind() == NetException.Kind.RATE_LIMITED) {
                f = new Finding(StepStatus.WARNING, f.summary(), f.fix(), f.details());
            }
            return new ModelsCheck(f, -1, -1, none);
        }
        if (probe.error != null) {
            return new ModelsCheck(Finding.failed(I18n.t("diag_models_broke_off", Scrub.foreign(probe.error.getMessage(), secrets)),
                I18n.t("diag_models_broke_off_fix")), -1, -1, none);
        }
        ModelList list;
        try {
            list = ModelListParser.parse(probe.body, probe.header("Content-Type"), secrets);
        } catch (NetException e) {
            if (e.kind() != NetException.Kind.PROTOCOL) {
                return new ModelsCheck(ErrorAdvice.explain(p, e, null, secrets), -1, -1, none);
            }
            return new ModelsCheck(unreadable(p, probe, e, secrets), -1, -1, none);
        }
        List<String> chat = new ArrayList<>();
        for (ModelInfo m : list.models()) {
            if (CapabilityResolver.resolve(m, p.customModel(m.id())).usableForChat()) {
                chat.add(m.requestId() != null ? m.requestId() : m.id());
            }
        }
        int n = list.models().size();
        String notes = list.notes().isEmpty() ? null : Scrub.foreign(String.join(" ", list.notes()), secrets);
        if (n == 0) {
            return new ModelsCheck(Finding.warning(I18n.t("diag_models_empty"), LocalServers.presetOf(p).id().equals("ollama")
                ? I18n.t("diag_models_empty_fix_ollama")
                : I18n.t("diag_models_empty_fix")).withDetails(notes), 0, 0, chat);
        }
        if (chat.isEmpty()) {
            return new ModelsCheck(Finding.warning(I18n.plural("diag_models_found_no_chat", n),
                I18n.t("diag_models_found_no_chat_fix")).withDetails(notes), n, 0, chat);
        }
        String summary = I18n.plural("diag_models_found", n, Texts.count(chat.size()), named(chat));
        return new ModelsCheck(Finding.ok(summary, notes), n, chat.size(), chat);
    }

    private static Finding unreadable(ProviderConfig p, Probe probe, NetException e, List<String> secrets) {
        String body = probe.body == null ? "" : probe.body.trim();
        String type = probe.header("Content-Type");
        boolean html = (type != null && type.toLowerCase().contains("html")) || body.startsWith("<");
        String what = html ? I18n.t("diag_models_web_page")
            : body.isEmpty() ? I18n.t("diag_models_empty_body")
            : I18n.t("diag_models_not_a_list");
        return Finding.failed(what, ErrorAdvice.wrongUrlFix(p))
            .withDetails(Scrub.foreign(e.getMessage(), secrets));
    }

    private static String named(List<String> ids) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ids.size() && i < NAMED; i++) {
            sb.append(i == 0 ? "" : ", ").append(ids.get(i));
        }
        if (ids.size() > NAMED) {
            sb.append(", \u2026");
        }
        return sb.toString();
    }
}
