package dev.modeldeck.testprovider;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonException;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies a {@code POST /__control} JSON body to the provider, so a browser test or another process
 * can switch content and faults. Everything is validated before anything changes; a bad body
 * changes nothing and is answered 400. The format is described in the testprovider README section
 * of the report and in {@link #apply}.
 */
final class ControlCommand {
    private ControlCommand() { }

    /**
     * Members (all optional): reset (bool), cors (bool), originForbidden ("off"|"post"|"all"),
     * auth ({"bearer":K} | {"header":N,"value":V} | "off"), models ("demo" | {"fixture":F} | {"generate":N}),
     * modelsShape ("openai"|"bare-array"|"ollama-tags"|"id-strings"), chat ("demo" | {"stream":F,"json":F,"wordDelayMs":N}),
     * faults ([fault, …]); a body with a top-level "type" is one fault.
     */
    static void apply(String body, TestProvider provider) {
        Json cmd;
        try {
            cmd = JsonParser.parse(body == null || body.trim().isEmpty() ? "{}" : body);
        } catch (JsonException e) {
            throw new IllegalArgumentException("Control body is not JSON: " + e.getMessage());
        }
        if (!cmd.isObject()) {
            throw new IllegalArgumentException("Control body must be a JSON object");
        }
        List<Runnable> actions = new ArrayList<>();
        if (cmd.get("reset").asBoolean(false)) {
            actions.add(provider::reset);
        }
        Faults faults = provider.faults();
        Content content = provider.content();
        Json cors = cmd.get("cors");
        if (!cors.isMissing()) {
            boolean on = requireBool(cors, "cors");
            actions.add(() -> faults.cors(on));
        }
        Json origin = cmd.get("originForbidden");
        if (!origin.isMissing()) {
            Faults.OriginRule rule = originRule(origin);
            actions.add(() -> faults.rejectExtensionOrigin(rule));
        }
        Json auth = cmd.get("auth");
        if (!auth.isMissing()) {
            actions.add(authAction(auth, faults));
        }
        Json models = cmd.get("models");
        if (!models.isMissing()) {
            actions.add(modelsAction(models, content));
        }
        Json shape = cmd.get("modelsShape");
        if (!shape.isMissing()) {
            Content.Shape s = Content.Shape.parse(shape.str(""));
            actions.add(() -> content.modelsShape(s));
        }
        Json chat = cmd.get("chat");
        if (!chat.isMissing()) {
            actions.add(chatAction(chat, content));
        }
        List<Fault> newFaults = new ArrayList<>();
        if (cmd.get("type").isString()) {
            newFaults.add(fault(cmd));
        }
        for (Json f : cmd.get("faults").items()) {
            newFaults.add(fault(f));
        }
        for (Fault f : newFaults) {
            actions.add(() -> faults.add(f));
        }
        for (Runnable r : actions) {
            r.run();
        }
    }

    private static boolean requireBool(Json v, String name) {
        Boolean b = v.bool();
        if (b == null) {
            throw new IllegalArgumentException(name + " must be true or false");
        }
        return b;
    }

    private static Faults.OriginRule originRule(Json v) {
        if (v.isNull() || Boolean.FALSE.equals(v.bool())) {
            return Faults.OriginRule.OFF;
        }
        String s = v.str("");
        for (Faults.OriginRule r : Faults.OriginRule.values()) {
            if (r.name().equalsIgnoreCase(s)) {
                return r;
            }
        }
        throw new IllegalArgumentException("originForbidden must be \"off\", \"post\" or \"all\"");
    }

    private static Runnable authAction(Json auth, Faults faults) {
        if (auth.isNull() || "off".equalsIgnoreCase(auth.str("")) || Boolean.FALSE.equals(auth.bool())) {
            return faults::noAuth;
        }
        String bearer = auth.get("bearer").str();
        if (bearer != null) {
            return () -> faults.requireBearer(bearer);
        }
        String name = auth.get("header").str();
        String value = auth.get("value").str();
        if (name != null && value != null) {
            return () -> faults.requireHeader(name, value);
        }
        throw new IllegalArgumentException("auth must be {\"bearer\":KEY}, {\"header\":NAME,\"value\":VALUE} or \"off\"");
    }

    private static Runnable modelsAction(Json models, Content content) {
        if ("demo".equals(models.str())) {
            return content::demoModels;
        }
        String fixture = models.get("fixture").str();
        if (fixture != null) {
            Fixtures.file("models", fixture);
            return () -> content.modelsFixture(fixture);
        }
        Double n = models.get("generate").num();
        if (n != null && n >= 0) {
            return () -> content.generatedModels(n.intValue());
        }
        throw new IllegalArgumentException("models must be \"demo\", {\"fixture\":NAME} or {\"generate\":N}");
    }

    private static Runnable chatAction(Json chat, Content content) {
        if ("demo".equals(chat.str())) {
            return () -> content.streamFixture(null).chatFixture(null);
        }
        if (!chat.isObject()) {
            throw new IllegalArgumentException("chat must be \"demo\" or {\"stream\":NAME,\"json\":NAME,\"wordDelayMs\":N}");
        }
        List<Runnable> parts = new ArrayList<>();
        Json stream = chat.get("stream");
        if (!stream.isMissing()) {
            String name = stream.str();
            if (name != null) {
                Fixtures.file("streams", name);
            }
            parts.add(() -> content.streamFixture(name));
        }
        Json json = chat.get("json");
        if (!json.isMissing()) {
            String name = json.str();
            if (name != null) {
                Fixtures.file("chat", name);
            }
            parts.add(() -> content.chatFixture(name));
        }
        Double delay = chat.get("wordDelayMs").num();
        if (delay != null) {
            parts.add(() -> content.wordDelayMs(delay.longValue()));
        }
        return () -> parts.forEach(Runnable::run);
    }

    static Fault fault(Json f) {
        String type = f.get("type").str("");
        int afterChunks = (int) f.get("afterChunks").asLong(0);
        long ms = f.get("ms").asLong(0);
        Fault fault;
        switch (type) {
            case "status":
            case "respond": {
                int status = (int) f.get("status").asLong(-1);
                if (status < 100 || status > 599) {
                    throw new IllegalArgumentException("status fault needs a \"status\" between 100 and 599");
                }
                fault = Fault.status(status);
                break;
            }
            case "errorFixture": {
                String name = f.get("fixture").str();
                if (name == null) {
                    throw new IllegalArgumentException("errorFixture needs a \"fixture\" file name from fixtures/errors");
                }
                fault = Fault.errorFixture(name, (int) f.get("status").asLong(-1));
                break;
            }
            case "html": fault = Fault.html((int) f.get("status").asLong(502)); break;
            case "delayHeaders": fault = Fault.delayHeaders(ms); break;
            case "stall": fault = Fault.stallAfter(afterChunks).forMs(ms); break;
            case "disconnect": fault = Fault.disconnectAfter(afterChunks); break;
            case "slowChunks": fault = Fault.slowChunks(ms); break;
            case "errorMidStream": fault = Fault.errorMidStream(afterChunks); break;
            case "noDone": fault = Fault.noDone(); break;
            case "nonStreaming": fault = Fault.nonStreaming(); break;
            case "emptyModels": fault = Fault.emptyModels(); break;
            case "hugeModels": fault = Fault.hugeModels((int) f.get("mb").asLong(1)); break;
            case "openRouterComment": fault = Fault.openRouterComment(); break;
            default:
                throw new IllegalArgumentException("Unknown fault type \"" + type + "\"");
        }
        Json body = f.get("body");
        if (!body.isMissing() && !type.equals("errorMidStream")) {
            fault.body(body.isString() ? body.str() : JsonWriter.write(body));
        }
        if (type.equals("errorMidStream") && !body.isMissing()) {
            fault.errorEvent(body.isString() ? body.str() : JsonWriter.write(body));
        }
        String ct = f.get("contentType").str();
        if (ct != null) {
            fault.contentType(ct);
        }
        for (Map.Entry<String, Json> h : f.get("headers").fields().entrySet()) {
            fault.header(h.getKey(), h.getValue().text());
        }
        Json target = f.get("target");
        if (!target.isMissing()) {
            Target t = Target.parse(target.str());
            if (t == null) {
                throw new IllegalArgumentException("target must be \"models\", \"chat\" or \"all\"");
            }
            fault.on(t);
        }
        Json times = f.get("times");
        if ("always".equals(times.str())) {
            fault.always();
        } else if (!times.isMissing()) {
            long n = times.asLong(1);
            fault.times(n < 0 ? Fault.ALWAYS : (int) n);
        }
        return fault;
    }
}
