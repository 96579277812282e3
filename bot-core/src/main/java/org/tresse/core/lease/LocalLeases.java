package org.tresse.core.lease;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The only instance on its database (an embedded H2): every lease is held, always, in term 1. */
public final class LocalLeases implements Leases {
    private final String instance;
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();

    public LocalLeases(String instance) {
        this.instance = instance;
    }

    @Override
    public String instance() {
        return instance;
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public java.time.Duration time() {
        return LeaseSettings.DEFAULT_TIME;
    }

    @Override
    public Lease lease(String name) {
        return leases.computeIfAbsent(name, Lease::held);
    }

    @Override
    public List<LeaseHolder> holders() {
        return leases.keySet().stream().sorted().map(name -> new LeaseHolder(name, instance, 1, Instant.MAX)).toList();
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
    }
}
