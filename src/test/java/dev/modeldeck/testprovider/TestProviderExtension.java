package dev.modeldeck.testprovider;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link TestProvider} per test class: started on a free port before all its tests, {@link TestProvider#reset()}
 * before each test, closed after all of them, also when a test or a lifecycle method failed.
 *
 * <p>Either {@code @ExtendWith(TestProviderExtension.class)} and take a {@code TestProvider} parameter (in
 * {@code @BeforeAll}, {@code @BeforeEach}, a test or the constructor), or hold it in a static field,
 * {@code @RegisterExtension static final TestProviderExtension PROVIDER = new TestProviderExtension();}, and call
 * {@link #get()}. One held in a field is reached only through it, so a class can add a second provider in a
 * field and a {@code TestProvider} parameter still means the one it declared. Nested classes share the
 * provider of the class around them.
 */
public final class TestProviderExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback,
        ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestProviderExtension.class);

    /** The provider of the class running now, for access through a static field. */
    private volatile TestProvider current;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (running(context) != null) {
            return; // a nested class: the enclosing class's provider serves it
        }
        TestProvider provider = TestProvider.start(0);
        // Kept in the class's store as well: JUnit closes what is left there when the class ends, whatever happened.
        context.getStore(NAMESPACE).put(this, provider);
        current = provider;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        started(context).reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // remove() looks at this class's own store only, so a nested class leaves its enclosing class's provider running.
        TestProvider provider = context.getStore(NAMESPACE).remove(this, TestProvider.class);
        if (provider != null) {
            current = null;
            provider.close();
        }
    }

    /** Declared with {@code @ExtendWith}: a {@code TestProvider} parameter. Held in a field: reached through the field. */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestProvider.class && !heldInAField(context.getRequiredTestClass());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestProvider provider = running(context);
        if (provider == null) {
            throw new ParameterResolutionException("The test provider starts before @BeforeAll; with a per-class test "
                + "instance take it in @BeforeAll or later rather than in the constructor.");
        }
        return provider;
    }

    /** The running provider of the current test class. */
    public TestProvider get() {
        TestProvider provider = current;
        if (provider == null) {
            throw new IllegalStateException("No test provider is running: it starts before @BeforeAll and stops after @AfterAll.");
        }
        return provider;
    }

    // A second provider in a field thus leaves the TestProvider parameter to the one the class declared.
    private boolean heldInAField(Class<?> testClass) {
        for (Class<?> outer = testClass; outer != null; outer = outer.getEnclosingClass()) {
            for (Class<?> c = outer; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getType() == TestProviderExtension.class && valueOf(f) == this) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Object valueOf(Field staticField) {
        try {
            staticField.setAccessible(true);
            return staticField.get(null);
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }

    private TestProvider running(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(this, TestProvider.class);
    }

    private TestProvider started(ExtensionContext context) {
        TestProvider provider = running(context);
        if (provider == null) {
            throw new IllegalStateException("TestProviderExtension did not start a provider for " + context.getDisplayName());
        }
        return provider;
    }
}
