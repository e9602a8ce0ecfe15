package dev.modeldeck.core.net;

import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.List;

/** Answers each send with the next scripted step (a response or an exception) and records the requests and their times. */
final class ScriptedTransport implements HttpTransport {
    private final List<Object> steps = new ArrayList<>();
    final List<HttpRequest> requests = new ArrayList<>();
    final List<Long> sentAt = new ArrayList<>();
    private final FakeClock clock;
    long latencyMs;

    ScriptedTransport(FakeClock clock) { this.clock = clock; }

    ScriptedTransport respond(FakeResponse r) { steps.add(r); return this; }
    ScriptedTransport respond(int status, String body, Header... headers) { return respond(FakeResponse.of(status, body, headers)); }
    ScriptedTransport fail(NetException e) { steps.add(e); return this; }

    @Override
    public HttpResponse send(HttpRequest request) throws NetException {
        requests.add(request);
        sentAt.add(clock == null ? 0L : clock.nowMillis());
        if (requests.size() > steps.size()) {
            throw new AssertionError("unexpected request #" + requests.size());
        }
        if (clock != null) {
            clock.advance(latencyMs);
        }
        Object step = steps.get(requests.size() - 1);
        if (step instanceof NetException) {
            throw (NetException) step;
        }
        return (HttpResponse) step;
    }

    int calls() { return requests.size(); }
}
