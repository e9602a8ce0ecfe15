package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void offWhenNullOrZero() {
        for (Long rpm : new Long[] {null, 0L}) {
            RateLimiter l = new RateLimiter(rpm);
            for (int i = 0; i < 1000; i++) {
                assertEquals(0, l.reserve(0));
            }
        }
    }

    @Test
    void burstUpToTheMinuteBudgetThenSpacedEvenly() {
        RateLimiter l = new RateLimiter(60L);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, l.reserve(0), "request " + i);
        }
        assertEquals(1_000, l.reserve(0));
        assertEquals(2_000, l.reserve(0), "queued callers wait in turn");
    }

    @Test
    void bucketRefillsWithTime() {
        RateLimiter l = new RateLimiter(6L); // one per 10 s
        for (int i = 0; i < 6; i++) {
            l.reserve(0);
        }
        assertEquals(10_000, l.reserve(0));
        l.release();
        assertEquals(0, l.reserve(10_000));
        assertEquals(10_000, l.reserve(10_000));
    }

    @Test
    void releasedSlotIsGivenBack() {
        RateLimiter l = new RateLimiter(1L);
        assertEquals(0, l.reserve(0));
        assertEquals(60_000, l.reserve(0));
        l.release();
        assertEquals(60_000, l.reserve(0));
    }

    @Test
    void exhaustedServerBudgetBlocksUntilReset() {
        RateLimiter l = new RateLimiter(null);
        l.update(Arrays.asList(new Header("x-ratelimit-remaining-requests", "0"),
                new Header("x-ratelimit-reset-requests", "6m0s")), 1_000);
        assertEquals(361_000, l.blockedUntil());
        assertEquals(360_000, l.reserve(1_000));
        assertEquals(1_000, l.reserve(360_000));
        assertEquals(0, l.reserve(361_000));
    }

    @Test
    void remainingBudgetDoesNotBlock() {
        RateLimiter l = new RateLimiter(null);
        l.update(Arrays.asList(new Header("x-ratelimit-remaining-requests", "14"),
                new Header("x-ratelimit-reset-requests", "1s")), 0);
        assertEquals(0, l.reserve(0));
    }

    @Test
    void changedSettingResizesTheBucket() {
        RateLimiter l = new RateLimiter(1L);
        l.reserve(0);
        l.setRequestsPerMinute(120L);
        assertEquals(0, l.reserve(0));
        assertEquals(120, l.requestsPerMinute());
    }

    @Test
    void registryGivesOneLimiterPerProvider() {
        RateLimiters reg = new RateLimiters();
        RateLimiter a = reg.forProvider("groq", 30L);
        assertSame(a, reg.forProvider("groq", 30L));
        assertNotSame(a, reg.forProvider("openai", 30L));
        assertSame(a, reg.forProvider("groq", 10L));
        assertEquals(10, a.requestsPerMinute());
        reg.remove("groq");
        assertNotSame(a, reg.forProvider("groq", 10L));
    }
}
