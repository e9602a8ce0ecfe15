package dev.modeldeck.core.provider;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalHostTest {

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST", "localhost.", "app.localhost", "127.0.0.1", "127.1.2.3",
        "::1", "[::1]", "0:0:0:0:0:0:0:1", "0.0.0.0", "printer.local", "10.0.0.1", "10.255.255.255",
        "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.10.10", "fd12:3456::1", "[fe80::1]",
        "::ffff:192.168.1.4", "gpu-box", "router.lan", "host.docker.internal"})
    void localHostsAreRecognized(String host) {
        assertTrue(BaseUrlCheck.isLocalHost(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.openai.com", "8.8.8.8", "172.15.0.1", "172.32.0.1", "192.169.0.1", "11.0.0.1",
        "2001:4860:4860::8888", "[2606:4700::1111]", "localhost.example.com", "example.local.com",
        "128.0.0.1", "::ffff:8.8.8.8", "", "1234"})
    void publicHostsAreNotLocal(String host) {
        assertFalse(BaseUrlCheck.isLocalHost(host), host);
    }

    @Test
    void nullHostIsNotLocal() {
        assertFalse(BaseUrlCheck.isLocalHost(null));
    }

    @Test
    void malformedAddressesAreNotLocal() {
        assertFalse(BaseUrlCheck.isLocalHost("127.0.0.256"));
        assertFalse(BaseUrlCheck.isLocalHost("1:2:3:4:5:6:7:8:9"));
        assertFalse(BaseUrlCheck.isLocalHost("fe80::1::2"));
    }
}
