package dev.modeldeck.core.diagnosis;

import static dev.modeldeck.core.diagnosis.Harness.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestAllTest {
    /** Answers after a real pause so threads overlap; "down" hosts refuse; counts requests in flight. */
    static final class SlowServer implements HttpTransport, PermissionProbe {
        int inFlight;
        int maxInFlight;
        Cancellation cancelAfterFirst;

        @Override public HttpResponse send(HttpRequest request) throws NetException {
            synchronized (this) {
                inFlight++;
                maxInFlight = Math.max(maxInFlight, inFlight);
            }
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                throw NetException.cancelled();
            } finally {
                synchronized (this) {
                    inFlight--;
                }
            }
            if (cancelAfterFirst != null) {
                cancelAfterFirst.cancel();
            }
            if (request.url().contains("down.example.com")) {
                throw new NetException(NetException.Kind.NETWORK, "Failed to fetch");
            }
            final String body = Harness.modelsJson("a", "b");
            return new HttpResponse() {
                private boolean read;
                @Override public int status() { return 200; }
                @Override public String header(String name) { return null; }
                @Override public List<Header> headers() { return Collections.emptyList(); }
                @Override public String finalUrl() { return request.url(); }
                @Override public String readChunk() {
                    if (read) {
                        return null;
                    }
                    read = true;
                    return body;
                }
                @Override public void close() { }
            };
        }

        @Override public boolean hasHostPermission(String pattern) { return true; }
        @Override public boolean originRuleActive(ProviderConfig provider) { return false; }
    }

    private static List<ProviderConfig> providers(int n) {
        List<ProviderConfig> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String host = i == 1 ? "down.example.com" : "p" + i + ".example.com";
            ProviderConfig p = Harness.custom("https://" + host + "/v1", AuthStyle.NONE, null);
            p.id = "id" + i;
            p.name = "Provider " + i;
            out.add(p);
        }
        return out;
    }

    @Test
    void testsEveryProviderWithAtMostThreeAtOnceAndRowsInOrder() {
        SlowServer server = new SlowServer();
        ConnectionTest test = new ConnectionTest(server, new FakeClock(0), server).chatStep(false);
        List<Integer> heard = Collections.synchronizedList(new ArrayList<Integer>());
        List<TestAllRow> rows = new TestAll(test, 3).run(providers(7), new Cancellation(), (i, row) -> heard.add(i));

        assertEquals(7, rows.size());
        assertEquals(7, heard.size());
        assertTrue(server.maxInFlight <= 3, "max in flight " + server.maxInFlight);
        assertTrue(server.maxInFlight >= 2, "tests ran in parallel: " + server.maxInFlight);
        for (int i = 0; i < 7; i++) {
            assertEquals("Provider " + i, rows.get(i).providerName());
            assertEquals("id" + i, rows.get(i).providerId());
        }
        TestAllRow ok = rows.get(0);
        assertEquals(StepStatus.OK, ok.overall());
        assertEquals(2, ok.modelsFound());
        assertNull(ok.failingStep());
        contains(ok.toText(), "Provider 0: ok", "2 models");

        TestAllRow down = rows.get(1);
        assertEquals(StepStatus.FAILED, down.overall());
        assertEquals(Step.REACH, down.failingStep());
        assertEquals(-1, down.latencyToFirstByteMs());
        contains(down.fix(), "Open https://down.example.com/v1/models in a tab");
        contains(down.toText(), "Provider 1: failed", "Reach:", "Fix:");
    }

    @Test
    void cancellingStopsTakingNewProvidersAndMarksThemSkipped() {
        SlowServer server = new SlowServer();
        Cancellation cancel = new Cancellation();
        server.cancelAfterFirst = cancel;
        ConnectionTest test = new ConnectionTest(server, new FakeClock(0), server).chatStep(false);
        List<TestAllRow> rows = new TestAll(test, 1).run(providers(4), cancel, null);
        assertEquals(4, rows.size());
        for (int i = 1; i < 4; i++) {
            assertEquals(StepStatus.SKIPPED, rows.get(i).overall());
            contains(rows.get(i).toText(), "skipped", "cancelled");
            assertNull(rows.get(i).report());
        }
        assertTrue(rows.get(0).report().cancelled(), "the running test saw the cancel too");
    }
}
