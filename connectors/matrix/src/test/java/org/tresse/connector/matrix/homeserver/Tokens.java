package org.tresse.connector.matrix.homeserver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The test homeserver's access tokens and the device each belongs to. */
final class Tokens {
    private final Map<String, String> devices = new LinkedHashMap<>();
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private int logins;

    /** A token an operator created for the bot. */
    synchronized String issue() {
        String token = "syt_dGVzdA_" + Long.toHexString(System.nanoTime());
        devices.put(token, "OPERATORDEVICE");
        issued.add(token);
        return token;
    }

    /** A password login: a new token for the device (new or given), the device's older tokens dropped. */
    synchronized Login login(String deviceId) {
        logins++;
        String device = deviceId != null ? deviceId : "TRESSEDEV" + logins;
        devices.values().removeIf(device::equals);
        String token = "syt_" + Long.toHexString(System.nanoTime()) + "_" + logins;
        devices.put(token, device);
        issued.add(token);
        return new Login(token, device);
    }

    record Login(String token, String device) {}

    /** The device of a token, or null for a token this homeserver doesn't know (any more). */
    synchronized String device(String token) {
        return devices.get(token);
    }

    synchronized void forgetAll() {
        devices.clear();
    }

    synchronized int logins() {
        return logins;
    }

    List<String> issued() {
        return List.copyOf(issued);
    }
}
