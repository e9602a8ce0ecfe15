package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final long NOW = HttpDate.parse("Tue, 02 Apr 2024 16:22:56 GMT");

    private static List<Header> h(String... nameValues) {
        Header[] out = new Header[nameValues.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Header(nameValues[2 * i], nameValues[2 * i + 1]);
        }
        return Arrays.asList(out);
    }

    @Test
    void retryAfterMsIsUsedFirst() {
        assertEquals(1500, RetryAfter.parse(h("Retry-After", "9", "retry-after-ms", "1500"), NOW));
        assertEquals(293, RetryAfter.parse(h("retry-after-ms", "292.5"), NOW));
    }

    @Test
    void retryAfterSecondsIncludingFractions() {
        assertEquals(20_000, RetryAfter.parse(h("Retry-After", "20"), NOW));
        assertEquals(1_500, RetryAfter.parse(h("retry-after", " 1.5 "), NOW));
        assertEquals(0, RetryAfter.parse(h("Retry-After", "0"), NOW));
    }

    @Test
    void retryAfterHttpDateIsRelativeToNow() {
        assertEquals(34_000, RetryAfter.parse(h("Retry-After", "Tue, 02 Apr 2024 16:23:30 GMT"), NOW));
    }

    @Test
    void retryAfterDateInThePastMeansNoWait() {
        assertEquals(0, RetryAfter.parse(h("Retry-After", "Tue, 02 Apr 2024 16:00:00 GMT"), NOW));
    }

    @Test
    void resetHeaderOfTheExhaustedLimitApplies() {
        List<Header> requestsOut = h("x-ratelimit-remaining-requests", "0", "x-ratelimit-reset-requests", "1s",
                "x-ratelimit-remaining-tokens", "5000", "x-ratelimit-reset-tokens", "6m0s");
        assertEquals(1_000, RetryAfter.parse(requestsOut, NOW));
        List<Header> tokensOut = h("x-ratelimit-remaining-requests", "10", "x-ratelimit-reset-requests", "1s",
                "x-ratelimit-remaining-tokens", "0", "x-ratelimit-reset-tokens", "20ms");
        assertEquals(20, RetryAfter.parse(tokensOut, NOW));
    }

    @Test
    void withoutRemainingHeadersTheLongerResetApplies() {
        assertEquals(360_000, RetryAfter.parse(h("x-ratelimit-reset-requests", "1s", "x-ratelimit-reset-tokens", "6m0s"), NOW));
    }

    @Test
    void nothingUsableMeansMinusOne() {
        assertEquals(-1, RetryAfter.parse(Collections.<Header>emptyList(), NOW));
        assertEquals(-1, RetryAfter.parse(h("Retry-After", "soon"), NOW));
        assertEquals(-1, RetryAfter.parse(null, NOW));
        assertEquals(-1, RetryAfter.parse(h("x-ratelimit-remaining-requests", "3", "x-ratelimit-reset-requests", "2s"), NOW));
    }
}
