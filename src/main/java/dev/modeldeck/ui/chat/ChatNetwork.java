package dev.modeldeck.ui.chat;

import dev.modeldeck.core.net.CircuitBreaker;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.reply.ReplyNetwork;
import dev.modeldeck.ui.shared.AppContext;

/** The page's key ring and provider network stacks, as the reply router sees them. */
final class ChatNetwork implements ReplyNetwork {
    private final AppContext ctx;

    ChatNetwork(AppContext ctx) { this.ctx = ctx; }

    @Override public boolean keysLocked() { return ctx.keys.lockedNow(); }
    @Override public ProviderConfig withKey(ProviderConfig p) { return ctx.withKey(p); }
    @Override public HttpTransport transport(ProviderConfig p) { return ctx.transport(p); }
    @Override public CircuitBreaker breaker(ProviderConfig p) { return ctx.network.breaker(p); }
}
