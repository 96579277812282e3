package org.tresse.core.poll.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Poll keys in memory, for a ballot key given as bytes (tests, tools): they live as long as it does. */
public final class PollKeysInMemory implements PollKeyStore {
    private final Map<Long, byte[]> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<byte[]> read(long pollId) {
        return Optional.ofNullable(keys.get(pollId)).map(byte[]::clone);
    }

    @Override
    public boolean create(long pollId, byte[] wrapped) {
        return keys.putIfAbsent(pollId, wrapped.clone()) == null;
    }

    @Override
    public void destroy(long pollId) {
        keys.remove(pollId);
    }

    @Override
    public List<Kept> kept() {
        return keys.keySet().stream().map(id -> new Kept(id, Instant.EPOCH)).toList();
    }
}
