package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.RetryPolicy.Decision.Action;
import dev.modeldeck.testsupport.Fixtures;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final List<Header> NO = Collections.emptyList();
    private final RetryPolicy noJitter = new RetryPolicy().withRandom(() -> 0.0);

    @Test
    void backoffDoublesFromHalfASecondAndIsCappedAtEight() {
        RetryPolicy p = new RetryPolicy(10, 500, 8_000, 60_000, () -> 0.0);
        long[] expected = {500, 1_000, 2_000, 4_000, 8_000, 8_000};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], p.backoffMs(i));
        }
    }

    @Test
    void jitterShortensTheWaitByUpToAQuarter() {
        assertEquals(375, new RetryPolicy().withRandom(() -> 0.999_999).backoffMs(0), 1);
        assertEquals(875, new RetryPolicy().withRandom(() -> 0.5).backoffMs(1));
    }

    @Test
    void retryableStatuses() {
        for (int s : new int[] {408, 409, 429, 500, 502, 503, 504, 529}) {
            assertTrue(RetryPolicy.isRetryableStatus(s), "" + s);
        }
        for (int s : new int[] {200, 400, 401, 403, 404, 413, 422, 501, 505}) {
            assertFalse(RetryPolicy.isRetryableStatus(s), "" + s);
        }
    }

    @Test
    void onlyNetworkErrorsAreRetried() {
        assertEquals(Action.RETRY, noJitter.afterError(0, new NetException(NetException.Kind.NETWORK, "x")).action());
        for (NetException.Kind k : NetException.Kind.values()) {
            if (k != NetException.Kind.NETWORK) {
                assertEquals(Action.GIVE_UP, noJitter.afterError(0, new NetException(k, "x")).action(), k.name());
            }
        }
    }

    @Test
    void atMostTwoRetries() {
        assertEquals(Action.RETRY, noJitter.afterStatus(1, 503, NO, null, 0).action());
        assertEquals(Action.GIVE_UP, noJitter.afterStatus(2, 503, NO, null, 0).action());
        assertEquals(Action.GIVE_UP, noJitter.afterError(2, new NetException(NetException.Kind.NETWORK, "x")).action());
    }

    @Test
    void serverWaitIsHonouredUpToSixtySeconds() {
        RetryPolicy.Decision d = noJitter.afterStatus(0, 429, Arrays.asList(new Header("Retry-After", "60")), "{}", 0);
        assertEquals(Action.RETRY, d.action());
        assertEquals(60_000, d.delayMs());
        RetryPolicy.Decision tooLong = noJitter.afterStatus(0, 429, Arrays.asList(new Header("Retry-After", "61")), "{}", 0);
        assertEquals(Action.WAIT_TOO_LONG, tooLong.action());
        assertEquals(61_000, tooLong.delayMs());
    }

    @Test
    void spentQuotaIsNeverRetried() {
        String body = Fixtures.text("errors/openai-429-insufficient_quota.json");
        assertEquals(Action.GIVE_UP, noJitter.afterStatus(0, 429, NO, body, 0).action());
    }

    @Test
    void rateLimitWithoutServerWaitBacksOff() {
        RetryPolicy.Decision d = noJitter.afterStatus(1, 429, NO, Fixtures.text("errors/groq-429.json"), 0);
        assertEquals(Action.RETRY, d.action());
        assertEquals(1_000, d.delayMs());
    }
}
