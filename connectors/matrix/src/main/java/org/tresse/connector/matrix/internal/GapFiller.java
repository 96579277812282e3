package org.tresse.connector.matrix.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches what a "limited" sync left out of a room's timeline: {@code /messages} backwards from
 * the timeline's {@code prev_batch} down to the previous sync token, page by page, up to a cap.
 */
public final class GapFiller {
    private static final Logger log = LoggerFactory.getLogger(GapFiller.class);
    static final int PAGE = 100;
    static final int MAX_EVENTS = 1000;

    private final MatrixClient client;
    private final Session session;
    private final String filter;

    public GapFiller(MatrixClient client, Session session) {
        this.client = client;
        this.session = session;
        this.filter = SyncFilter.messages(client.json());
    }

    /** The events of a gap, oldest first; {@code complete} false when some could not be fetched. */
    public record Gap(List<JsonNode> events, boolean complete) {}

    public Gap fill(String roomId, String prevBatch, String since) throws InterruptedException {
        List<JsonNode> newestFirst = new ArrayList<>();
        String from = prevBatch;
        boolean complete = false;
        try {
            while (newestFirst.size() < MAX_EVENTS) {
                String page = from;
                JsonNode answer = session.authorized(() -> client.messagesBackwards(roomId, page, since, PAGE, filter));
                List<JsonNode> chunk = Json.array(answer, "chunk").map(Json::objects).orElse(List.of());
                newestFirst.addAll(chunk);
                Optional<String> end = Json.text(answer, "end");
                if (chunk.isEmpty() || end.isEmpty() || end.get().equals(page)) {
                    complete = true;
                    break;
                }
                from = end.get();
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            log.warn("Could not fetch the gap in Matrix room {}: {}", roomId, e.getMessage());
        }
        Collections.reverse(newestFirst);
        log.info("Fetched {} missed events in Matrix room {}{}", newestFirst.size(), roomId, complete ? "" : " (incomplete)");
        return new Gap(newestFirst, complete);
    }
}
