package dev.modeldeck.ui.options;

import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import java.util.List;

/** The "Connection test" region. (Diagnosis steps are wired in once the diagnosis core lands.) */
final class ConnectionTestView {
    private final El root = El.tag("section").cls("panel test-report").role("region").label("Connection test").hidden(true);

    ConnectionTestView(AppContext ctx) { }

    El element() { return root; }

    void reset() { root.hidden(true).clear(); }

    void run(ProviderConfig draft, List<ProviderConfig> all) { }
}
