package dev.modeldeck.security;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.bulk.ProviderExport;
import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.ChatOptions;
import dev.modeldeck.core.chat.ChatOutcome;
import dev.modeldeck.core.chat.ChatRequestBuilder;
import dev.modeldeck.core.chat.ChatRunner;
import dev.modeldeck.core.chat.ChatStreamListener;
import dev.modeldeck.core.diagnosis.ConnectionTest;
import dev.modeldeck.core.diagnosis.PermissionProbe;
import dev.modeldeck.core.diagnosis.StepResult;
import dev.modeldeck.core.diagnosis.TestAll;
import dev.modeldeck.core.diagnosis.TestAllRow;
import dev.modeldeck.core.diagnosis.TestReport;
import dev.modeldeck.core.discovery.DiscoveryService;
import dev.modeldeck.core.discovery.ModelCache;
import dev.modeldeck.core.discovery.ModelsResult;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.CircuitBreaker;
import dev.modeldeck.core.net.ErrorClassifier;
import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.HealthTracker;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.net.RateLimiter;
import dev.modeldeck.core.net.RetryPolicy;
import dev.modeldeck.core.net.Transports;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.CredentialFingerprint;
import dev.modeldeck.core.provider.EndpointResolver;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.time.Clock;
import dev.modeldeck.jvm.JdkHttpTransport;
import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.Target;
import dev.modeldeck.testprovider.TestProvider;
import dev.modeldeck.testprovider.TestProviderExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A planted API key must never reach a message, report, stored cache, health record or export,
 * whatever a provider sends back, including bodies and headers that echo the key. Every path runs
 * with the real classes against the local test provider over the JDK transport.
 */
@ExtendWith(TestProviderExtension.class)
class KeyLeakTest {
    static final String KEY = "sk-PLANTED-7f3a9c2e41b8d05f6a7c9e1d3b5f7a9c";
    /** The random middle of the key: a provider that trims the prefix still must not get it shown. */
    static final String KEY_CORE = "7f3a9c2e41b8d05f6a7c9e1d";

    static TestProvider provider;
    final List<String[]> texts = new ArrayList<>();

    @BeforeAll
    static void remember(TestProvider started) {
        provider = started;
    }

    static ProviderConfig bearer() {
        ProviderConfig p = new ProviderConfig("leak-bearer", "Leak test", provider.baseUrl());
        p.authStyle = AuthStyle.BEARER;
        p.apiKey = KEY;
        return p;
    }

    static ProviderConfig customHeader() {
        ProviderConfig p = new ProviderConfig("leak-header", "Leak test (api-key)", provider.baseUrl());
        p.authStyle = AuthStyle.CUSTOM_HEADER;
        p.headerName = "api-key";
        p.apiKey = KEY;
        return p;
    }

    /** Error bodies that quote the key the way careless providers and proxies do. */
    static final class Echo {
        final String name;
        final int status;
        final String contentType;
        final String body;
        final Map<String, String> headers;

        Echo(String name, int status, String contentType, String body, Map<String, String> headers) {
            this.name = name;
            this.status = status;
            this.contentType = contentType;
            this.body = body;
            this.headers = headers;
        }

        Fault fault(Target target) {
            Fault f = Fault.status(status).contentType(contentType).body(body).on(target).always();
            headers.forEach(f::header);
            return f;
        }
    }

    static List<Echo> echoes() {
        String json = "application/json";
        return List.of(
            new Echo("401 echoing the key", 401, json,
                "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + ". You can find your API key at "
                    + "https://example.invalid/keys.\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}",
                Map.of()),
            new Echo("401 with Bearer prefix and key in code", 401, json,
                "{\"error\":{\"message\":\"Authorization header 'Bearer " + KEY + "' rejected\",\"code\":\"" + KEY + "\","
                    + "\"type\":\"" + KEY + "\"}}", Map.of()),
            new Echo("403 key in detail", 403, json, "{\"detail\":\"Key " + KEY + " may not use this model\"}", Map.of()),
            new Echo("400 key as param", 400, json,
                "{\"error\":{\"message\":\"Invalid value for api_key\",\"param\":\"" + KEY + "\",\"type\":\"invalid_request_error\"}}",
                Map.of()),
            new Echo("500 echoing headers", 500, json,
                "{\"error\":{\"message\":\"Upstream failed for request with headers {Authorization: Bearer " + KEY
                    + ", api-key: " + KEY + "}\",\"type\":\"server_error\"}}", Map.of("request-id", "req-" + KEY)),
            new Echo("502 HTML page echoing the key", 502, "text/html; charset=utf-8",
                "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
                    + "<p>Request with key " + KEY + " could not be forwarded.</p><script>var k='" + KEY + "';</script>"
                    + "<pre>Authorization: Bearer " + KEY + "</pre></body></html>", Map.of()),
            new Echo("429 echoing the key with Retry-After", 429, json,
                "{\"error\":{\"message\":\"Rate limit reached for key " + KEY + ". Please try again in 1ms.\","
                    + "\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}", Map.of("Retry-After", "0")),
            new Echo("429 quota echoing the key", 429, json,
                "{\"error\":{\"message\":\"You exceeded your current quota for key " + KEY + "\",\"type\":\"insufficient_quota\","
                    + "\"code\":\"insufficient_quota\"}}", Map.of()),
            new Echo("503 plain text echoing the key", 503, "text/plain", "service unavailable for " + KEY, Map.of()),
            new Echo("200 that is not JSON echoing the key", 200, "application/json", "oops " + KEY + " {not json", Map.of()),
            new Echo("200 HTML login page echoing the key", 200, "text/html",
                "<html><body><form>Sign in to continue. Your token " + KEY + " expired.</form></body></html>", Map.of()),
            new Echo("Ollama-style error string", 500, json, "{\"error\":\"invalid key " + KEY + "\"}", Map.of()));
    }

    void add(String where, String text) {
        if (text != null) {
            texts.add(new String[] {where, text});
        }
    }

    void add(String where, NetException e) {
        if (e == null) {
            return;
        }
        add(where + " message", e.getMessage());
        add(where + " toString", e.toString());
        add(where + " providerMessage", e.providerMessage());
        add(where + " providerCode", e.providerCode());
        add(where + " requestId", e.requestId());
    }

    void add(String where, TestReport r) {
        add(where + " text", r.toText());
        for (StepResult s : r.steps()) {
            add(where + " " + s.step() + " summary", s.summary());
            add(where + " " + s.step() + " fix", s.fix());
            add(where + " " + s.step() + " details", s.details());
        }
    }

    void add(String where, MemoryKeyValueStore store) {
        for (String k : store.keys()) {
            add(where + " " + k, store.get(k));
        }
    }

    static final PermissionProbe GRANTED = new PermissionProbe() {
        @Override public boolean hasHostPermission(String pattern) { return true; }
        @Override public boolean originRuleActive(ProviderConfig p) { return false; }
    };

    /** Discovery with a persistent cache: the stored list/error is what every page reads later. */
    void discover(String label, ProviderConfig p) {
        MemoryKeyValueStore store = new MemoryKeyValueStore();
        DiscoveryService d = new DiscoveryService(new JdkHttpTransport(), cfg -> {
            try {
                return EndpointResolver.models(cfg, null);
            } catch (NetException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }, CredentialFingerprint::of, new ModelCache(store, Clock.SYSTEM), Clock.SYSTEM);
        ModelsResult r = d.models(p, true, new Cancellation());
        add(label + " discovery summary", r.summary(System.currentTimeMillis()));
        add(label + " discovery", r.error());
        for (String note : r.notes()) {
            add(label + " discovery note", note);
        }
        // A second call answers from the cache entry (and its stored error) without a request.
        ModelsResult again = d.models(p, false, new Cancellation());
        add(label + " cached summary", again.summary(System.currentTimeMillis()));
        add(label + " cached", again.error());
        add(label + " cache store", store);
    }

    void connectionTest(String label, ProviderConfig p) {
        TestReport r = new ConnectionTest(new JdkHttpTransport(), Clock.SYSTEM, GRANTED).run(p, "demo-chat", null, null);
        add(label + " connection test", r);
    }

    void chat(String label, ProviderConfig p, boolean stream) throws NetException {
        String body = ChatRequestBuilder.build("", List.of(new ChatMessage("user", "hello")), "demo-chat",
            new ChatOptions().stream(stream));
        List<NetException> heard = new ArrayList<>();
        ChatOutcome o = new ChatRunner(new JdkHttpTransport(), Clock.SYSTEM).run(
            EndpointResolver.chat(p, body, stream, new Cancellation()), EndpointResolver.secrets(p),
            new ChatStreamListener() {
                @Override public void onError(NetException error) { heard.add(error); }
            });
        add(label + " chat notice", o.notice());
        add(label + " chat", o.error());
        add(label + " chat requestId", o.requestId());
        for (NetException e : heard) {
            add(label + " chat stream error", e);
        }
        ChatMessage m = new ChatMessage("assistant", "");
        o.applyTo(m);
        add(label + " stored chat message", m.toJson().toString());
    }

    /** The provider network stack (limiter, retries, health, breaker) as pages build it, with fast retries. */
    void throughStack(String label, ProviderConfig p) {
        HealthTracker health = new HealthTracker();
        CircuitBreaker breaker = new CircuitBreaker(p.name, Clock.SYSTEM);
        HttpTransport stack = Transports.chain(new JdkHttpTransport(), p.name, new RateLimiter(null),
            new RetryPolicy(2, 1, 2, 60_000, () -> 0), health, breaker, Clock.SYSTEM,
            (message, waitMs) -> add(label + " wait message", message));
        for (int i = 0; i < 4; i++) {
            try {
                HttpResponse r = stack.send(EndpointResolver.models(p, new Cancellation()));
                StringBuilder body = new StringBuilder();
                String chunk;
                while ((chunk = r.readChunk()) != null && body.length() < 100_000) {
                    body.append(chunk);
                }
                r.close();
                if (r.status() >= 400) {
                    add(label + " stack classified", ErrorClassifier.classify(r.status(), r.headers(), body.toString(),
                        EndpointResolver.secrets(p)));
                }
            } catch (NetException e) {
                add(label + " stack", e);
            }
        }
        add(label + " health record", health.toJson().toString());
        if (health.lastError() != null) {
            add(label + " health last error", health.lastError().message());
        }
        add(label + " breaker rejection", breaker.rejection());
    }

    void classifyDirectly(Echo echo, ProviderConfig p) {
        List<Header> headers = new ArrayList<>();
        echo.headers.forEach((k, v) -> headers.add(new Header(k, v)));
        headers.add(new Header("Content-Type", echo.contentType));
        add(echo.name + " classifier", ErrorClassifier.classify(echo.status == 200 ? 502 : echo.status, headers, echo.body,
            EndpointResolver.secrets(p)));
    }

    @Test
    void echoedKeysNeverReachAnyMessageReportCacheOrHealthRecord() throws Exception {
        for (ProviderConfig p : List.of(bearer(), customHeader())) {
            for (Echo echo : echoes()) {
                String label = p.authStyle.wire() + " / " + echo.name;
                provider.reset();
                provider.faults().add(echo.fault(Target.ALL));
                discover(label, p);
                connectionTest(label, p);
                chat(label, p, true);
                chat(label, p, false);
                throughStack(label, p);
                classifyDirectly(echo, p);
            }
        }
        assertNoKey(600);
    }

    @Test
    void keyInsideAStreamErrorOrTheModelListIsNotRepeated() throws Exception {
        ProviderConfig p = bearer();
        provider.faults().add(Fault.errorMidStream(1).errorEvent(
            "{\"error\":{\"message\":\"Key " + KEY + " was revoked mid-stream\",\"type\":\"" + KEY + "\",\"code\":401}}"));
        chat("mid-stream error", p, true);
        provider.faults().add(Fault.disconnectAfter(1));
        chat("disconnect", p, true);
        provider.faults().add(Fault.stallAfter(1).forMs(200));
        chat("stall", p, true);
        // A model list whose entries quote the key: discovery stores it, but never in an error text.
        provider.faults().add(Fault.status(200).body("{\"object\":\"list\",\"data\":[{\"id\":\"m-1\",\"owned_by\":\"org\"}],"
            + "\"error\":{\"message\":\"" + KEY + "\"}}").on(Target.MODELS).always());
        discover("list with error field", p);
        connectionTest("list with error field", p);
        assertNoKey(10);
    }

    @Test
    void unreachableServerAndBadSettingsNeverShowTheKey() throws Exception {
        ProviderConfig gone = bearer();
        gone.baseUrl = "http://127.0.0.1:9/v1";
        discover("nothing listening", gone);
        connectionTest("nothing listening", gone);
        chat("nothing listening", gone, true);
        throughStack("nothing listening", gone);

        ProviderConfig pasted = bearer();
        pasted.baseUrl = "http://127.0.0.1:" + provider.port() + "/v1?key=" + KEY;
        connectionTest("key pasted into the URL", pasted);

        ProviderConfig wrongKey = bearer();
        provider.faults().requireBearer("sk-the-right-one-0000");
        discover("wrong key", wrongKey);
        connectionTest("wrong key", wrongKey);
        chat("wrong key", wrongKey, true);
        List<TestAllRow> rows = new TestAll(new ConnectionTest(new JdkHttpTransport(), Clock.SYSTEM, GRANTED))
            .run(List.of(wrongKey, customHeader()), new Cancellation(), null);
        for (TestAllRow row : rows) {
            add("test all " + row.providerName(), row.toText());
            add("test all problem", row.problem());
            add("test all fix", row.fix());
        }
        assertNoKey(10);
    }

    @Test
    void requestIdHeadersEchoingTheKeyAreRedactedInErrors() throws Exception {
        ProviderConfig p = bearer();
        provider.faults().add(Fault.status(401).header("x-request-id", KEY).body("{\"error\":{\"message\":\"bad key\"}}").always());
        discover("x-request-id echo", p);
        connectionTest("x-request-id echo", p);
        throughStack("x-request-id echo", p);
        for (boolean stream : new boolean[] {true, false}) {
            String body = ChatRequestBuilder.build("", List.of(new ChatMessage("user", "hi")), "demo-chat", new ChatOptions().stream(stream));
            ChatOutcome o = new ChatRunner(new JdkHttpTransport(), Clock.SYSTEM)
                .run(EndpointResolver.chat(p, body, stream, new Cancellation()), EndpointResolver.secrets(p), null);
            add("x-request-id echo chat error", o.error());
        }
        assertNoKey(20);
    }

    @Test
    void chatOutcomeRequestIdNeverCarriesTheKey() throws Exception {
        ProviderConfig p = bearer();
        provider.faults().add(Fault.status(429).header("x-request-id", KEY).header("Retry-After", "0")
            .body("{\"error\":{\"message\":\"slow down\"}}").on(Target.CHAT).always());
        chat("x-request-id echo on 429", p, true);
        provider.reset();
        provider.faults().add(Fault.status(200).header("x-request-id", KEY).body(
            "{\"id\":\"c1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":\"hi\"},\"finish_reason\":\"stop\"}]}").on(Target.CHAT).always());
        chat("x-request-id echo on success", p, false);
        assertNoKey(4);
    }

    @Test
    void keyPastedAsTheBaseUrlIsNotRepeatedByTheConnectionTest() {
        ProviderConfig keyAsUrl = bearer();
        keyAsUrl.baseUrl = KEY;
        connectionTest("key pasted as the URL", keyAsUrl);
        assertNoKey(7);
    }

    @Test
    void exportsAndSettingsWithoutKeysCarryNoKey() {
        Settings s = new Settings();
        s.providers.add(bearer());
        s.providers.add(customHeader());
        add("settings without keys", s.toJson(false).toString());
        add("provider without key", bearer().toJson(false).toString());
        ProviderExport export = new ProviderExport(Clock.SYSTEM);
        add("export without keys", export.exportText(s, null, false, null));
        add("export of one provider without keys", export.exportText(s, List.of("leak-header"), false, null));
        add("credential fingerprint (stored in plain sight)", CredentialFingerprint.of(bearer()));
        add("credential fingerprint, header auth", CredentialFingerprint.of(customHeader()));
        assertNoKey(6);
        // The opposite holds when keys are asked for, so the scan above can see a key when there is one.
        assertTrue(export.exportText(s, null, true, null).contains(KEY), "an export with keys does carry the key");
        assertTrue(s.toJson(true).toString().contains(KEY));
    }

    private void assertNoKey(int atLeast) {
        assertTrue(texts.size() >= atLeast, "collected " + texts.size() + " texts; expected at least " + atLeast);
        List<String> leaks = new ArrayList<>();
        int nonEmpty = 0;
        for (String[] t : texts) {
            if (!t[1].trim().isEmpty()) {
                nonEmpty++;
            }
            if (t[1].contains(KEY) || t[1].contains(KEY_CORE)) {
                leaks.add(t[0] + ": " + t[1]);
            }
        }
        System.out.println("[key leak] " + getClass().getSimpleName() + ": scanned " + texts.size() + " texts ("
            + nonEmpty + " non-empty), " + leaks.size() + " leaks");
        assertTrue(nonEmpty >= atLeast / 2, "most collected texts say something");
        assertEquals(List.of(), leaks, "the planted key leaked");
    }
}
