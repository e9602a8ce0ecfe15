package dev.modeldeck.ui.options;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.FieldMessage;
import dev.modeldeck.core.provider.InsecureKeyRule;
import dev.modeldeck.core.provider.Preset;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.provider.ProviderValidation;
import dev.modeldeck.core.provider.Severity;
import dev.modeldeck.core.provider.UrlProblem;
import dev.modeldeck.core.provider.ValidationResult;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.Focus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The provider form: preset, name, URL (checked as you type, with one-click fixes), auth style,
 * key (masked, revealable), enabled, and the advanced options. Reads and writes a ProviderConfig;
 * it never saves by itself.
 */
final class ProviderFormView {
    interface Listener {
        void save(ProviderConfig draft);
        void test(ProviderConfig draft);
        void cancel();
        void delete(String providerId);
        /** URL, auth or key changed (debounced by the caller) — a chance to preview discovery. */
        void credentialsEdited(ProviderConfig draft);
    }

    private final Listener listener;
    private final El root = El.tag("section").cls("panel provider-form").label(I18n.t("opt_form_region"));
    private final El heading = El.heading(2, "");
    private final El preset = El.tag("select");
    private final El presetNote = El.div("hint");
    private final El name = El.tag("input").attr("type", "text").attr("autocomplete", "off");
    private final El baseUrl = El.tag("input").attr("type", "url").attr("spellcheck", "false").attr("autocomplete", "off");
    private final El baseUrlMessages = El.div("url-messages").attr("aria-live", "polite");
    /** Shown only when the key would travel over http:// to a remote host (see InsecureKeyRule). */
    private final El insecureKey = El.tag("input").attr("type", "checkbox");
    private final El insecureKeyField = El.div("insecure-key").add(El.tag("label")
        .add(insecureKey.id("f-insecure-key")).addText(" " + InsecureKeyRule.confirmation()));
    private final El auth = El.tag("select");
    private final El headerName = El.tag("input").attr("type", "text").attr("spellcheck", "false");
    private final El headerField;
    private final El apiKey = El.tag("input").attr("type", "password").attr("autocomplete", "off").attr("spellcheck", "false");
    private final El revealKey = El.button(I18n.t("opt_form_show_key")).attr("aria-pressed", "false");
    private final El keyNote = El.div("hint key-note");
    private final El enabled = El.tag("input").attr("type", "checkbox");
    private final El extraHeaders = El.tag("textarea").cls("pairs").attr("spellcheck", "false");
    private final El extraQuery = El.tag("textarea").cls("pairs").attr("spellcheck", "false");
    private final El timeout = number();
    private final El idleTimeout = number();
    private final El temperature = number().attr("step", "0.1");
    private final El maxTokens = number();
    private final El organization = El.tag("input").attr("type", "text");
    private final El project = El.tag("input").attr("type", "text");
    private final El appReferer = El.tag("input").attr("type", "url");
    private final El appTitle = El.tag("input").attr("type", "text");
    private final El rpm = number();
    private final El cacheMinutes = number();
    private final El stripOrigin = El.tag("input").attr("type", "checkbox");
    private final El discoveryPreview = El.div("hint discovery-preview").attr("aria-live", "polite");
    private final El deleteButton = El.button(I18n.t("opt_form_delete")).cls("danger");
    private final Map<String, El> fieldMessages = new LinkedHashMap<>();
    private final Map<String, El> fieldControls = new LinkedHashMap<>();
    private ProviderConfig editing;
    private boolean isNew;
    private List<String> formProblems = new ArrayList<>();

    ProviderFormView(Listener listener, String keyStorageNote) {
        this.listener = listener;
        for (Preset p : Presets.all()) {
            preset.add(El.tag("option").attr("value", p.id()).text(p.displayName()));
        }
        for (AuthStyle a : AuthStyle.values()) {
            auth.add(El.tag("option").attr("value", a.wire()).text(a.label()));
        }
        keyNote.text(keyStorageNote);
        headerField = El.field("f-header", I18n.t("opt_form_header_name"), headerName);
        headerName.attr("placeholder", I18n.t("opt_form_header_name_placeholder"));
        baseUrl.attr("placeholder", I18n.t("opt_form_base_url_placeholder"));
        extraHeaders.attr("placeholder", I18n.t("opt_form_extra_headers_placeholder"));
        extraQuery.attr("placeholder", I18n.t("opt_form_extra_query_placeholder"));

        El keyRow = El.div("key-row").add(apiKey, revealKey);
        El keyField = El.div("field").add(El.tag("label").attr("for", "f-key").text(I18n.t("opt_form_api_key")), keyRow, keyNote);
        apiKey.id("f-key").attr("aria-describedby", "f-key-note");
        keyNote.id("f-key-note");

        El advanced = El.tag("details").cls("advanced").add(El.tag("summary").text(I18n.t("opt_form_advanced")),
            El.div("form-grid").add(
                El.field("f-extra-headers", I18n.t("opt_form_extra_headers"), extraHeaders),
                El.field("f-extra-query", I18n.t("opt_form_extra_query"), extraQuery),
                El.field("f-timeout", I18n.t("opt_form_timeout"), timeout),
                El.field("f-idle", I18n.t("opt_form_idle_timeout"), idleTimeout),
                El.field("f-temperature", I18n.t("opt_form_temperature"), temperature),
                El.field("f-max-tokens", I18n.t("opt_form_max_tokens"), maxTokens),
                El.field("f-org", I18n.t("opt_form_organization"), organization),
                El.field("f-project", I18n.t("opt_form_project"), project),
                El.field("f-referer", I18n.t("opt_form_referer"), appReferer),
                El.field("f-title", I18n.t("opt_form_title"), appTitle),
                El.field("f-rpm", I18n.t("opt_form_rpm"), rpm),
                El.field("f-cache", I18n.t("opt_form_cache"), cacheMinutes)),
            El.div("field inline").add(stripOrigin.id("f-strip-origin"),
                El.tag("label").attr("for", "f-strip-origin").text(I18n.t("diag_strip_origin_setting"))),
            El.div("hint").text(I18n.t("opt_form_strip_origin_hint")));

        El save = El.button(I18n.t("opt_form_save")).cls("primary");
        El test = El.button(I18n.t("opt_form_test"));
        El cancel = El.button(I18n.t("opt_form_cancel"));
        save.onClick(() -> listener.save(read()));
        test.onClick(() -> listener.test(read()));
        cancel.onClick(listener::cancel);
        deleteButton.onClick(() -> listener.delete(editing.id));

        root.add(heading,
            El.field("f-preset", I18n.t("opt_form_preset"), preset), presetNote,
            El.div("form-grid").add(El.field("f-name", I18n.t("opt_form_name"), name),
                El.field("f-auth", I18n.t("opt_form_auth"), auth)),
            El.field("f-base", I18n.t("opt_form_base_url"), baseUrl), baseUrlMessages, insecureKeyField,
            headerField, keyField,
            El.div("field inline").add(enabled.id("f-enabled"), El.tag("label").attr("for", "f-enabled").text(I18n.t("opt_form_enabled"))),
            advanced,
            El.div("form-actions").add(save, test, cancel, deleteButton),
            // Below the buttons: the preview arrives after a network round trip, and text appearing above them
            // would move Save while the pointer is already on its way to it.
            discoveryPreview);

        register(ProviderValidation.NAME, name);
        register(ProviderValidation.BASE_URL, baseUrl);
        register(ProviderValidation.API_KEY, keyRow);
        register(ProviderValidation.AUTH, auth);
        register(ProviderValidation.HEADER_NAME, headerName);
        register(ProviderValidation.EXTRA_HEADERS, extraHeaders);
        register(ProviderValidation.EXTRA_QUERY, extraQuery);
        register(ProviderValidation.APP_REFERER, appReferer);
        register("numbers", advanced);

        preset.on("change", this::applyPreset);
        auth.on("change", () -> { updateAuthFields(); updateInsecureKey(); listener.credentialsEdited(read()); });
        baseUrl.on("input", () -> { showUrlProblems(); updateInsecureKey(); listener.credentialsEdited(read()); });
        apiKey.on("input", () -> { updateInsecureKey(); listener.credentialsEdited(read()); });
        headerName.on("input", () -> listener.credentialsEdited(read()));
        revealKey.onClick(() -> {
            boolean show = "password".equals(apiKey.attr("type"));
            apiKey.attr("type", show ? "text" : "password");
            revealKey.text(show ? I18n.t("opt_form_hide_key") : I18n.t("opt_form_show_key")).attr("aria-pressed", show ? "true" : "false");
        });
        root.hidden(true);
    }

    private static El number() { return El.tag("input").attr("type", "number").attr("inputmode", "decimal"); }

    private void register(String field, El control) {
        El msg = El.div("field-error").id("msg-" + field).attr("aria-live", "polite");
        fieldMessages.put(field, msg);
        fieldControls.put(field, control);
        // The message sits right after the control's field so it reads next to it.
        El.wrap((HTMLElement) control.node().getParentNode()).add(msg);
        control.attr("aria-describedby", (control.attr("aria-describedby") == null ? "" : control.attr("aria-describedby") + " ") + "msg-" + field);
    }

    El element() { return root; }
    boolean isOpen() { return !root.node().isHidden(); }
    String editingId() { return isOpen() && editing != null ? editing.id : null; }
    boolean isNew() { return isNew; }

    /** Opens the form for a provider (a copy; nothing is shared with stored settings). */
    void open(ProviderConfig p, boolean creating) {
        this.editing = p.copy();
        this.isNew = creating;
        heading.text(creating ? I18n.t("opt_add_provider") : I18n.t("opt_form_heading_edit", p.name));
        preset.value(p.presetId);
        name.value(p.name);
        baseUrl.value(p.baseUrl);
        // An unknown stored style selects nothing, so saving needs a deliberate choice (never a silent Bearer).
        auth.value(p.unknownAuth != null ? "" : p.authStyle.wire());
        headerName.value(p.headerName);
        apiKey.value(p.apiKey).attr("type", "password");
        revealKey.text(I18n.t("opt_form_show_key")).attr("aria-pressed", "false");
        enabled.checked(p.enabled);
        extraHeaders.value(PairsText.format(p.extraHeaders, ':'));
        extraQuery.value(PairsText.format(p.extraQuery, '='));
        timeout.value(NumberField.seconds(p.timeoutMs));
        idleTimeout.value(NumberField.seconds(p.idleTimeoutMs));
        temperature.value(NumberField.show(p.temperature));
        maxTokens.value(NumberField.show(p.maxTokens));
        organization.value(p.organization);
        project.value(p.project);
        appReferer.value(p.appReferer);
        appTitle.value(p.appTitle);
        rpm.value(NumberField.show(p.requestsPerMinute));
        cacheMinutes.value(p.modelCacheTtlMs == null ? "" : Long.toString(p.modelCacheTtlMs / 60_000));
        stripOrigin.checked(p.stripOrigin);
        insecureKey.checked(p.allowInsecureKey);
        deleteButton.hidden(creating);
        discoveryPreview.text("");
        showPresetNote();
        updateAuthFields();
        clearMessages();
        showStoredAuthProblem(p);
        showUrlProblems();
        updateInsecureKey();
        root.hidden(false);
        (creating ? preset : name).focus();
    }

    /** A stored auth style this build does not know is shown at once, next to the Authentication menu. */
    private void showStoredAuthProblem(ProviderConfig p) {
        if (p.unknownAuth == null) {
            return;
        }
        for (FieldMessage m : ProviderValidation.validate(p, Collections.<ProviderConfig>emptyList()).messages()) {
            if (m.field().equals(ProviderValidation.AUTH)) {
                appendMessage(fieldMessages.get(ProviderValidation.AUTH), m.message());
                auth.attr("aria-invalid", "true");
            }
        }
    }

    /** Hides the form; the key and secret header or query values it showed do not stay in hidden inputs. */
    void close() {
        root.hidden(true);
        editing = null;
        apiKey.value("");
        extraHeaders.value("");
        extraQuery.value("");
    }

    /** The vault locked: the key and every secret header or query value leave the form (placeholders show where). */
    void forgetSecrets() {
        if (editing == null) {
            return;
        }
        ProviderConfig sealed = ProviderSecrets.sealed(read());
        editing = ProviderSecrets.sealed(editing);
        showSecrets(sealed, true);
    }

    /** The vault unlocked: placeholders get their values back, and an empty key field the stored key. */
    void fillSecrets(Map<String, String> vault) {
        boolean placeholders = extraHeaders.value().contains(ProviderSecrets.IN_VAULT)
            || extraQuery.value().contains(ProviderSecrets.IN_VAULT);
        if (editing == null || !(placeholders || apiKey.value().isEmpty())) {
            return; // nothing to fill: what the user is typing stays untouched
        }
        ProviderConfig opened = ProviderSecrets.opened(read(), vault);
        editing = ProviderSecrets.opened(editing, vault);
        showSecrets(opened, apiKey.value().isEmpty());
    }

    private void showSecrets(ProviderConfig p, boolean withKey) {
        if (withKey) {
            apiKey.value(p.apiKey);
        }
        extraHeaders.value(PairsText.format(p.extraHeaders, ':'));
        extraQuery.value(PairsText.format(p.extraQuery, '='));
        updateInsecureKey();
    }

    void showDiscoveryPreview(String text) { discoveryPreview.text(text); }

    /** Where the key will be stored (plain or vault), shown under the key field. */
    void setKeyNote(String note) { keyNote.text(note); }

    /** Ticks "Remove the Origin header for this server" (a fix offered by the connection test) and shows it. */
    void turnOnStripOrigin() {
        stripOrigin.checked(true);
        El.wrap((HTMLElement) stripOrigin.node().getParentNode().getParentNode()).attr("open", "");
        stripOrigin.focus();
    }

    /** The form's current content as a provider (id kept; not validated). */
    ProviderConfig read() {
        ProviderConfig p = editing == null ? new ProviderConfig() : editing.copy();
        p.presetId = preset.value();
        p.name = name.value().trim();
        p.baseUrl = baseUrl.value();
        if (!auth.value().isEmpty()) {
            p.authStyle = AuthStyle.fromWire(auth.value());
            p.unknownAuth = null; // the user chose a style
        }
        p.headerName = headerName.value().trim();
        p.apiKey = apiKey.value().trim();
        p.enabled = enabled.checked();
        List<String> problems = new ArrayList<>();
        p.extraHeaders = PairsText.parse(extraHeaders.value(), ':', problems);
        p.extraQuery = PairsText.parse(extraQuery.value(), '=', problems);
        Long t = NumberField.parseLong(timeout.value(), 1, 3600, problems,
            (lo, hi) -> I18n.t("opt_form_timeout_range", lo, hi), () -> I18n.t("opt_form_timeout_whole"));
        p.timeoutMs = t == null ? null : t * 1000;
        Long idle = NumberField.parseLong(idleTimeout.value(), 1, 3600, problems,
            (lo, hi) -> I18n.t("opt_form_idle_timeout_range", lo, hi), () -> I18n.t("opt_form_idle_timeout_whole"));
        p.idleTimeoutMs = idle == null ? null : idle * 1000;
        p.temperature = NumberField.parseDouble(temperature.value(), 0, 2, problems,
            (lo, hi) -> I18n.t("opt_form_temperature_range", lo, hi), () -> I18n.t("opt_form_temperature_number"));
        p.maxTokens = NumberField.parseLong(maxTokens.value(), 1, 10_000_000, problems,
            (lo, hi) -> I18n.t("opt_form_max_tokens_range", lo, hi), () -> I18n.t("opt_form_max_tokens_whole"));
        p.organization = organization.value().trim();
        p.project = project.value().trim();
        p.appReferer = appReferer.value().trim();
        p.appTitle = appTitle.value().trim();
        p.requestsPerMinute = NumberField.parseLong(rpm.value(), 1, 100_000, problems,
            (lo, hi) -> I18n.t("opt_form_rpm_range", lo, hi), () -> I18n.t("opt_form_rpm_whole"));
        Long minutes = NumberField.parseLong(cacheMinutes.value(), 1, 10_080, problems,
            (lo, hi) -> I18n.t("opt_form_cache_range", lo, hi), () -> I18n.t("opt_form_cache_whole"));
        p.modelCacheTtlMs = minutes == null ? null : minutes * 60_000;
        p.stripOrigin = stripOrigin.checked();
        // Kept only while it applies: moving to https:// or a local host forgets the confirmation.
        p.allowInsecureKey = insecureKey.checked() && InsecureKeyRule.needsConfirmation(p);
        formProblems = problems;
        return p;
    }

    /** Problems of the advanced fields found by the last {@link #read()} (bad numbers, malformed lines). */
    List<String> formProblems() { return formProblems; }

    /** Shows validation next to each field; returns the text of the first error for the alert, or null. */
    String showValidation(ValidationResult result) {
        clearMessages();
        String first = null;
        El firstControl = null;
        for (FieldMessage m : result.messages()) {
            if (m.severity() != Severity.ERROR) {
                continue;
            }
            El target = fieldMessages.get(m.field());
            if (target == null) {
                target = fieldMessages.get(ProviderValidation.NAME);
            }
            // The live URL check under the field may already say it; the same sentence twice reads as two problems.
            boolean shownByUrlCheck = ProviderValidation.BASE_URL.equals(m.field()) && baseUrlMessages.text().contains(m.message());
            if (!shownByUrlCheck) {
                appendMessage(target, m.message());
            }
            El control = fieldControls.get(m.field());
            if (control != null) {
                Focus.field(control).attr("aria-invalid", "true");
            }
            if (first == null) {
                first = m.message();
                firstControl = control;
            }
        }
        for (String problem : formProblems) {
            appendMessage(fieldMessages.get("numbers"), problem);
            if (first == null) {
                first = problem;
                firstControl = timeout;
            }
        }
        if (firstControl != null) {
            Focus.first(firstControl);
        }
        return first;
    }

    private static void appendMessage(El target, String message) {
        if (target.text().isEmpty()) {
            target.text(message);
        } else {
            target.text(target.text() + " " + message);
        }
    }

    private void clearMessages() {
        for (El m : fieldMessages.values()) {
            m.text("");
        }
        for (El c : fieldControls.values()) {
            Focus.field(c).attr("aria-invalid", null);
        }
    }

    private void applyPreset() {
        Preset p = Presets.byId(preset.value());
        ProviderConfig draft = read();
        Collection<String> noNames = new ArrayList<>();
        p.applyTo(draft);
        if (draft.name == null || draft.name.isEmpty() || isPresetName(name.value())) {
            draft.name = p.newConfig("tmp", noNames).name;
        }
        editing = draft;
        boolean wasNew = isNew;
        String keepHeading = heading.text();
        open(draft, wasNew);
        heading.text(keepHeading);
        preset.focus();
        listener.credentialsEdited(read());
    }

    private static boolean isPresetName(String n) {
        for (Preset p : Presets.all()) {
            if (p.displayName().equals(n)) {
                return true;
            }
        }
        return false;
    }

    private void showPresetNote() {
        Preset p = Presets.byId(preset.value());
        presetNote.clear();
        if (p.note() != null && !p.note().isEmpty()) {
            presetNote.addText(p.note());
        }
        if (p.docsUrl() != null && !p.docsUrl().isEmpty()) {
            presetNote.addText(" ");
            presetNote.add(El.tag("a").attr("href", p.docsUrl()).attr("target", "_blank")
                .attr("rel", "noopener noreferrer").text(I18n.t("opt_form_provider_docs")));
        }
    }

    private void updateAuthFields() {
        AuthStyle a = AuthStyle.fromWire(auth.value());
        headerField.hidden(a != AuthStyle.CUSTOM_HEADER);
        apiKey.disabled(a == AuthStyle.NONE);
        apiKey.attr("placeholder", a == AuthStyle.NONE ? I18n.t("opt_form_key_not_needed") : I18n.t("opt_form_key_placeholder"));
    }

    private void updateInsecureKey() {
        ProviderConfig draft = editing == null ? new ProviderConfig() : editing.copy();
        draft.baseUrl = baseUrl.value();
        draft.authStyle = AuthStyle.fromWire(auth.value());
        draft.apiKey = apiKey.value();
        insecureKeyField.hidden(!InsecureKeyRule.needsConfirmation(draft));
    }

    /** Live URL check: one line per problem, and a button for each offered fix. */
    private void showUrlProblems() {
        baseUrlMessages.clear();
        String raw = baseUrl.value();
        if (raw.trim().isEmpty()) {
            return;
        }
        BaseUrlCheck.Result r = BaseUrlCheck.check(raw);
        for (UrlProblem problem : r.problems()) {
            String cls = problem.severity() == Severity.ERROR ? "field-error"
                : problem.severity() == Severity.INFO ? "hint" : "field-warning";
            El line = El.div(cls).text(problem.message());
            if (problem.fixUrl() != null) {
                String fix = problem.fixUrl();
                El use = El.button(I18n.t("opt_form_use_fix", fix)).cls("link url-fix");
                use.onClick(() -> {
                    baseUrl.value(fix);
                    showUrlProblems();
                    updateInsecureKey();
                    listener.credentialsEdited(read());
                    baseUrl.focus();
                });
                line.add(use);
            }
            baseUrlMessages.add(line);
        }
    }
}
