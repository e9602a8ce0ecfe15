package dev.modeldeck.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** Awaiting JS promises from green threads without exceptions crossing the boundary. */
public final class Promises {
    private Promises() { }

    @JSBody(params = "p", script = "return Promise.resolve(p).then(function(v){return {ok:true,value:v};},"
        + "function(e){return {ok:false,error:(e&&e.message)?String(e.message):String(e),"
        + "errorName:(e&&e.name)?String(e.name):''};});")
    public static native JSPromise<Settled> settle(JSObject promise);

    /** Blocks the current green thread until the promise settles. */
    public static Settled await(JSObject promise) {
        return settle(promise).await();
    }
}
