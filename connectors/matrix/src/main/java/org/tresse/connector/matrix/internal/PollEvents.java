package org.tresse.connector.matrix.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tresse.core.message.PollPresentation;

/**
 * Matrix polls, MSC3381, with the unstable names Element shows ({@code org.matrix.msc3381.poll.*})
 * and the stable response ({@code m.poll.response}) read too. Answers get the ids
 * {@code "1"} to {@code "n"}, so a selection is the 1-based option number Tresse counts.
 */
public final class PollEvents {
    public static final String START = "org.matrix.msc3381.poll.start";
    public static final String RESPONSE = "org.matrix.msc3381.poll.response";
    public static final String END = "org.matrix.msc3381.poll.end";
    public static final String STABLE_RESPONSE = "m.poll.response";
    static final String TEXT = "org.matrix.msc1767.text";
    /** MSC3381 truncates polls to 20 answers: a longer one is taken by text command. */
    static final int MAX_ANSWERS = 20;

    private PollEvents() {}

    /** What a response event says: the poll's start event and the answer ids, as sent. */
    public record Response(String startEventId, List<JsonNode> answers) {}

    /**
     * True when this poll can be a native Matrix poll here: a choice among at most 20 options,
     * and not a secret ballot in a room others read (responses are visible to the whole room).
     */
    public static boolean showsNatively(PollPresentation poll, boolean groupRoom) {
        return poll.isChoice() && !poll.options().isEmpty() && poll.options().size() <= MAX_ANSWERS
                && !(poll.secret() && groupRoom);
    }

    public static int maxSelections(PollPresentation poll) {
        if (poll.kind() != PollPresentation.Kind.MULTIPLE) {
            return 1;
        }
        return Math.max(1, Math.min(poll.maxSelections(), poll.options().size()));
    }

    /** The content of an {@code org.matrix.msc3381.poll.start} with its text fallback. */
    public static ObjectNode start(ObjectMapper json, PollPresentation poll, String fallback) {
        ObjectNode content = json.createObjectNode();
        content.put(TEXT, fallback);
        ObjectNode block = content.putObject(START);
        block.put("kind", poll.resultsHidden() ? "org.matrix.msc3381.poll.undisclosed" : "org.matrix.msc3381.poll.disclosed");
        block.put("max_selections", maxSelections(poll));
        block.putObject("question").put(TEXT, poll.question());
        ArrayNode answers = block.putArray("answers");
        for (int index = 0; index < poll.options().size(); index++) {
            answers.addObject().put("id", String.valueOf(index + 1)).put(TEXT, poll.options().get(index));
        }
        return content;
    }

    /** The content of an {@code org.matrix.msc3381.poll.end} closing {@code startEventId}. */
    public static ObjectNode end(ObjectMapper json, String startEventId, String summary) {
        ObjectNode content = json.createObjectNode();
        content.putObject("m.relates_to").put("rel_type", "m.reference").put("event_id", startEventId);
        content.put(TEXT, summary);
        content.putObject(END);
        return content;
    }

    public static boolean isResponse(String eventType) {
        return RESPONSE.equals(eventType) || STABLE_RESPONSE.equals(eventType);
    }

    /** Reads a response's content, unstable or stable; empty when it is malformed. */
    public static Optional<Response> response(JsonNode content) {
        Optional<JsonNode> relation = Json.object(content, "m.relates_to");
        if (relation.isEmpty() || !"m.reference".equals(Json.text(relation.get(), "rel_type").orElse(""))) {
            return Optional.empty();
        }
        Optional<String> start = Json.text(relation.get(), "event_id");
        Optional<JsonNode> answers = Json.object(content, RESPONSE).flatMap(block -> Json.array(block, "answers"))
                .or(() -> Json.object(content, STABLE_RESPONSE).flatMap(block -> Json.array(block, "answers")))
                .or(() -> Json.array(content, "m.selections"));
        if (start.isEmpty() || answers.isEmpty()) {
            return Optional.empty();
        }
        List<JsonNode> items = new ArrayList<>();
        answers.get().forEach(items::add);
        return Optional.of(new Response(start.get(), items));
    }

    /**
     * The 1-based choices of a response, per MSC3381: truncated to {@code max_selections}, each
     * answer counted once; any unknown answer spoils the vote (empty: as if nothing was chosen).
     */
    public static Optional<List<Integer>> choices(List<JsonNode> answers, int answerCount, int maxSelections) {
        List<JsonNode> kept = answers.subList(0, Math.min(answers.size(), maxSelections));
        Set<Integer> choices = new LinkedHashSet<>();
        for (JsonNode answer : kept) {
            Optional<Integer> choice = answerNumber(answer, answerCount);
            if (choice.isEmpty()) {
                return Optional.empty();
            }
            choices.add(choice.get());
        }
        return Optional.of(List.copyOf(choices));
    }

    private static Optional<Integer> answerNumber(JsonNode answer, int answerCount) {
        if (!answer.isTextual() || !answer.asText().matches("[1-9][0-9]{0,2}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(answer.asText());
        return number <= answerCount ? Optional.of(number) : Optional.empty();
    }
}
