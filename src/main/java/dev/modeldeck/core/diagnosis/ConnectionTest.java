package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.ErrorClassifier;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.EndpointResolver;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The step-by-step connection test: configuration, permission, reach, Origin check, authentication,
 * models, chat. Each step says what it found and, when something is wrong, exactly what to do.
 * Every request comes from {@link EndpointResolver}, so the test sends what discovery and chat send.
 * Blocking; in the browser run it on a green thread. One instance may run several tests at once.
 */
public final class ConnectionTest {
    /** Largest /models answer read (OpenRouter's list is a few MB). */
    static final int MAX_MODELS_BODY = 10_000_000;
    /** Body of the Origin probe: cheap for the server (rejected before any model loads), but a real POST. */
    static final String ORIGIN_PROBE_BODY = "{}";

    private final HttpTransport transport;
    private final Clock clock;
    private final PermissionProbe permissions;
    private volatile boolean chatStep = true;

    public ConnectionTest(HttpTransport transport, Clock clock, PermissionProbe permissions) {
        this.transport = transport;
        this.clock = clock;
        this.permissions = permissions;
    }

    /** Whether step 7 sends a tiny completion (on by default; it may cost a few tokens). */
    public ConnectionTest chatStep(boolean on) {
        this.chatStep = on;
        return this;
    }

    /** Runs the test; the chat step uses the provider's default model, else the first chat model listed. */
    public TestReport run(ProviderConfig provider, Cancellation cancel, StepListener listener) {
        return run(provider, null, cancel, listener);
    }

    /**
     * @param chatModelId the model for the chat step; null picks the default model, else the first chat model found
     * @param cancel cancels the test; remaining steps are reported as skipped
     * @param listener told after each step (may be null)
     */
    public TestReport run(ProviderConfig provider, String chatModelId, Cancellation cancel, StepListener listener) {
        return new Run(provider, chatModelId, cancel == null ? new Cancellation() : cancel, listener).execute();
    }

    /** State of one test. */
    private final class Run {
        private final ProviderConfig p;
        private final String requestedModel;
        private final Cancellation cancel;
        private final StepListener listener;
        private final List<String> secrets;
        private final List<StepResult> results = new ArrayList<>();
        private long stepStart;
        private long firstByteMs = -1;
        private int modelsFound = -1;
        private int chatModelsFound = -1;
        private String chatModel;
        private long chatTtft = -1;
        private boolean cancelled;

        Run(ProviderConfig p, String model, Cancellation cancel, StepListener listener) {
            this.p = p;
            this.requestedModel = model;
            this.cancel = cancel;
            this.listener = listener;
            this.secrets = EndpointResolver.secrets(p);
        }

        TestReport execute() {
            begin();
            Finding config = ConfigurationCheck.check(p);
            record(Step.CONFIGURATION, config);
            if (config.status() == StepStatus.FAILED) {
                return skipRest(Step.PERMISSION, I18n.t("diag_skip_fix_configuration"));
            }
            if (cancel.isCancelled()) {
                return cancelFrom(Step.PERMISSION);
            }

            begin();
            String pattern = BaseUrlCheck.permissionPattern(BaseUrlCheck.check(p.baseUrl).normalized());
            boolean permissionMissing = !permissions.hasHostPermission(pattern);
            record(Step.PERMISSION, permissionMissing
                ? Finding.failed(I18n.t("diag_permission_missing", pattern), I18n.t("diag_permission_missing_fix", pattern))
                : Finding.ok(I18n.t("diag_permission_ok", pattern)));
            if (cancel.isCancelled()) {
                return cancelFrom(Step.REACH);
            }

            // Step 3: GET /models, exactly as discovery sends it.
            begin();
            String modelsUrl;
            Probe models;
            try {
                HttpRequest request = EndpointResolver.models(p, cancel);
                modelsUrl = request.url();
                models = Probe.send(transport, clock, request, MAX_MODELS_BODY);
            } catch (NetException e) {
                record(Step.REACH, Finding.failed(I18n.t("diag_request_not_built", e.getMessage()),
                    I18n.t("diag_fix_settings_test_again")));
                return skipRest(Step.ORIGIN, I18n.t("diag_skip_request_not_built"));
            }
            if (!models.answered()) {
                if (isCancel(models.error)) {
                    return cancelFrom(Step.REACH);
                }
                record(Step.REACH, ReachAdvice.explain(p, models.error, permissionMissing, modelsUrl, secrets));
                return skipRest(Step.ORIGIN, I18n.t("diag_skip_not_reachable"));
            }
            firstByteMs = models.firstByteMs;
            record(Step.REACH, Finding.ok(I18n.t("diag_reach_ok", Texts.hostPort(p.baseUrl), Texts.code(models.status),
                Texts.ms(models.firstByteMs))));
            if (cancel.isCancelled()) {
                return cancelFrom(Step.ORIGIN);
            }

            // Step 4: would a POST (which carries Origin) be refused?
            begin();
            Probe post = null;
            boolean originRefused = false;
            Finding origin;
            if (models.bareForbidden()) {
                origin = OriginAdvice.refused(p, OriginAdvice.Request.MODELS_GET, permissions.originRuleActive(p),
                    permissionMissing);
                originRefused = true;
            } else if (needsOriginProbe()) {
                post = originProbe();
                if (post == null || (!post.answered() && isCancel(post.error))) {
                    return cancelFrom(Step.ORIGIN);
                }
                origin = judgeOriginProbe(post, permissionMissing);
                originRefused = origin.status() == StepStatus.FAILED;
            } else {
                origin = Finding.skipped(I18n.t("diag_origin_not_needed"));
            }
            record(Step.ORIGIN, origin);
            if (cancel.isCancelled()) {
                return cancelFrom(Step.AUTHENTICATION);
            }

            // Step 5: the answers so far tell whether the key was accepted.
            begin();
            Finding auth = judgeAuth(models, post, originRefused);
            boolean authFailed = auth.status() == StepStatus.FAILED;
            record(Step.AUTHENTICATION, auth);
            if (cancel.isCancelled()) {
                return cancelFrom(Step.MODELS);
            }

            // Step 6.
            begin();
            ModelsCheck list = null;
            if (models.bareForbidden()) {
                record(Step.MODELS, Finding.skipped(I18n.t("diag_skip_refused_see_origin")));
            } else if (authFailed && isAuthStatus(models.status)) {
                record(Step.MODELS, Finding.skipped(I18n.t("diag_skip_key_refused")));
            } else {
                list = ModelsCheck.interpret(p, models, modelsUrl, secrets, clock.nowMillis());
                modelsFound = list.models;
                chatModelsFound = list.chatModels;
                record(Step.MODELS, list.finding);
            }
            if (cancel.isCancelled()) {
                return cancelFrom(Step.CHAT);
            }

            // Step 7.
            begin();
            String skip = chatSkipReason(originRefused, authFailed, list);
            if (skip != null) {
                record(Step.CHAT, Finding.skipped(skip));
                return finish();
            }
            chatModel = pickModel(list);
            if (chatModel == null) {
                record(Step.CHAT, Finding.skipped(I18n.t("diag_skip_no_model")));
                return finish();
            }
            ChatCheck chat = ChatCheck.run(transport, clock, p, chatModel, cancel, permissions, permissionMissing, secrets);
            chatTtft = chat.ttftMs;
            if (chat.cancelled) {
                return cancelFrom(Step.CHAT);
            }
            record(Step.CHAT, chat.finding);
            return finish();
        }

        private boolean needsOriginProbe() {
            return EndpointResolver.isLocal(p) || p.stripOrigin || LocalServers.presetOf(p).stripOrigin();
        }

        /** An empty-body POST to /chat/completions; null when it could not be built. */
        private Probe originProbe() {
            try {
                HttpRequest request = EndpointResolver.chat(p, ORIGIN_PROBE_BODY, false, cancel);
                return Probe.send(transport, clock, request, 64 * 1024);
            } catch (NetException e) {
                return null;
            }
        }

        private Finding judgeOriginProbe(Probe post, boolean permissionMissing) {
            if (post.answered()) {
                if (post.bareForbidden()) {
                    return OriginAdvice.refused(p, OriginAdvice.Request.TEST_POST, permissions.originRuleActive(p),
                        permissionMissing);
                }
                return Finding.ok(p.stripOrigin && permissions.originRuleActive(p)
                    ? I18n.t("diag_origin_ok_rule_active", Texts.code(post.status))
                    : I18n.t("diag_origin_ok", Texts.code(post.status)));
            }
            NetException e = post.error;
            if (e.kind() == NetException.Kind.NETWORK) {
                return OriginAdvice.postBlocked(p, permissionMissing);
            }
            return Finding.warning(I18n.t("diag_origin_no_answer", Scrub.foreign(e.getMessage(), secrets)),
                I18n.t("diag_origin_no_answer_fix"));
        }

        private Finding judgeAuth(Probe models, Probe post, boolean originRefused) {
            Probe source = null;
            if (isAuthStatus(models.status) && !models.bareForbidden() || models.status >= 200 && models.status < 300) {
                source = models;
            } else if (post != null && post.answered() && !post.bareForbidden() && post.status < 500 && post.status != 429) {
                source = post; // servers check the key before they look at the body
            }
            if (source == null) {
                if (originRefused) {
                    return Finding.skipped(I18n.t("diag_auth_refused_before_key"));
                }
                return Finding.skipped(chatStep
                    ? I18n.t("diag_auth_unknown_chat_checks", Texts.code(models.status))
                    : I18n.t("diag_auth_unknown", Texts.code(models.status)));
            }
            if (isAuthStatus(source.status)) {
                NetException e = ErrorClassifier.classify(source.status, source.headers, source.body, secrets, clock.nowMillis());
                return AuthAdvice.explain(p, e, secrets);
            }
            if (!AuthAdvice.keySent(p)) {
                return Finding.ok(I18n.t("diag_auth_no_key_needed"));
            }
            boolean openRouterList = source == models && "openrouter.ai".equals(Texts.host(p.baseUrl));
            return Finding.ok(openRouterList
                ? I18n.t("diag_auth_openrouter_list")
                : I18n.t("diag_auth_key_accepted"));
        }

        private String chatSkipReason(boolean originRefused, boolean authFailed, ModelsCheck list) {
            if (!chatStep) {
                return I18n.t("diag_skip_chat_off");
            }
            if (originRefused) {
                return I18n.t("diag_skip_refuses_extension");
            }
            if (authFailed) {
                return I18n.t("diag_skip_key_refused");
            }
            if (list != null && list.finding.status() == StepStatus.FAILED) {
                return I18n.t("diag_skip_model_list_failed");
            }
            return null;
        }

        private String pickModel(ModelsCheck list) {
            if (!Texts.blank(requestedModel)) {
                return requestedModel.trim();
            }
            if (!Texts.blank(p.defaultModel)) {
                return p.defaultModel.trim();
            }
            if (list != null && !list.chatIds.isEmpty()) {
                return list.chatIds.get(0);
            }
            return p.customModels.isEmpty() ? null : p.customModels.get(0).id;
        }

        private boolean isAuthStatus(int status) { return status == 401 || status == 403; }

        private boolean isCancel(NetException e) {
            return e != null && e.kind() == NetException.Kind.CANCELLED || cancel.isCancelled();
        }

        private void begin() { stepStart = clock.nowMillis(); }

        private void record(Step step, Finding f) {
            long took = Math.max(0, clock.nowMillis() - stepStart);
            StepResult r = new StepResult(step, f.status(), took, Scrub.known(f.summary(), secrets),
                Scrub.known(f.fix(), secrets), Scrub.known(f.details(), secrets));
            results.add(r);
            if (listener != null) {
                try {
                    listener.onStep(r);
                } catch (RuntimeException e) {
                    // A broken view must not stop the test.
                }
            }
        }

        private TestReport skipRest(Step from, String reason) {
            for (Step s : Step.values()) {
                if (s.ordinal() >= from.ordinal()) {
                    stepStart = clock.nowMillis();
                    record(s, Finding.skipped(reason));
                }
            }
            return finish();
        }

        private TestReport cancelFrom(Step from) {
            cancelled = true;
            return skipRest(from, I18n.t("diag_cancelled"));
        }

        private TestReport finish() {
            String name = p.name == null ? "" : Scrub.known(p.name, secrets);
            return new TestReport(p.id, name, results, firstByteMs, modelsFound, chatModelsFound, chatModel, chatTtft,
                cancelled);
        }
    }
}
