package org.tresse.app;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM and Ctrl-C ask for a clean stop: intake stops, in-flight work commits, exit code 0
 * (instead of the JVM's 143). A second signal while stopping is ignored.
 *
 * <p>The JDK's only signal API is {@code sun.misc.Signal} (module {@code jdk.unsupported}, kept
 * on purpose for this use). It is reached by reflection so that the build can treat every
 * compiler warning as an error; where it is missing, the JVM's default handling applies.
 */
final class Signals {
    private static final Logger log = LoggerFactory.getLogger(Signals.class);

    private Signals() {}

    static void onTerminate(Runnable action) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            InvocationHandler onSignal = (proxy, method, arguments) -> {
                if (method.getName().equals("handle")) {
                    action.run();
                }
                return null;
            };
            Object handler = Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {handlerClass}, onSignal);
            for (String name : new String[] {"TERM", "INT"}) {
                try {
                    handle.invoke(null, signalClass.getConstructor(String.class).newInstance(name), handler);
                } catch (ReflectiveOperationException | IllegalArgumentException e) {
                    log.debug("No {} signal on this platform: the JVM's default applies", name);
                }
            }
        } catch (ReflectiveOperationException e) {
            log.debug("No signal API in this JVM: SIGTERM ends Tresse through its shutdown hooks");
        }
    }
}
