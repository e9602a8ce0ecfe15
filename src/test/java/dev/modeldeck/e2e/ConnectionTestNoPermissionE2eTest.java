package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The production manifest (no host permission granted) against a server that sends no CORS headers. */
@WithoutHostPermission
class ConnectionTestNoPermissionE2eTest extends ConnectionTestSupport {

    @Test
    void noCorsWithoutPermissionPointsAtGrantAccess() {
        provider.faults().cors(false);
        fillForm("No CORS", provider.baseUrl(), null);
        String report = runTest();
        assertEquals("failed", status("permission"), report);
        assertTrue(step("permission").contains("Grant access"), report);
        assertTrue(A11y.exists(d(), "button", "Grant access"), "a Grant access button in the report");
        assertEquals("failed", status("reach"), report);
        assertTrue(step("reach").contains("sends no CORS headers"), report);
        showReport();
        browser.screenshot("connection-test-no-cors");
    }
}
