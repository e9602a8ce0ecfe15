/**
 * Helpers every test shares instead of keeping its own copy: {@link dev.modeldeck.testsupport.Fixtures} reads the
 * recorded fixtures, {@link dev.modeldeck.testsupport.FakeClock} stands in for the core time port (clock and
 * scheduler), {@link dev.modeldeck.testsupport.LegacyAssertions} checks an imported legacy v1 setup. The JUnit
 * extension that runs the local test provider per test class is
 * {@link dev.modeldeck.testprovider.TestProviderExtension}.
 */
package dev.modeldeck.testsupport;
