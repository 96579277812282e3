package org.tresse.connector.matrix.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tresse.core.message.PollPresentation;

class PollEventsTest {
    private final ObjectMapper json = new ObjectMapper();

    private List<JsonNode> answers(String array) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        json.readTree(array).forEach(items::add);
        return items;
    }

    @Test
    void choicesFollowMsc3381() throws Exception {
        assertThat(PollEvents.choices(answers("[\"2\"]"), 3, 1)).contains(List.of(2));
        assertThat(PollEvents.choices(answers("[\"3\", \"1\", \"2\"]"), 3, 2)).as("truncated to max_selections").contains(List.of(3, 1));
        assertThat(PollEvents.choices(answers("[\"1\", \"1\"]"), 3, 2)).as("each answer once").contains(List.of(1));
        assertThat(PollEvents.choices(answers("[]"), 3, 1)).as("no selection").contains(List.of());
        assertThat(PollEvents.choices(answers("[\"4\"]"), 3, 1)).as("spoiled").isEmpty();
        assertThat(PollEvents.choices(answers("[\"1\", \"pizza\"]"), 3, 2)).as("spoiled").isEmpty();
        assertThat(PollEvents.choices(answers("[\"0\"]"), 3, 1)).isEmpty();
        assertThat(PollEvents.choices(answers("[1]"), 3, 1)).isEmpty();
        assertThat(PollEvents.choices(answers("[\"1\", \"pizza\"]"), 3, 1)).as("truncated before checking").contains(List.of(1));
    }

    @Test
    void readsBothResponseForms() throws Exception {
        Optional<PollEvents.Response> unstable = PollEvents.response(json.readTree(
                "{\"m.relates_to\":{\"rel_type\":\"m.reference\",\"event_id\":\"$s\"},\"org.matrix.msc3381.poll.response\":{\"answers\":[\"1\"]}}"));
        Optional<PollEvents.Response> stable = PollEvents.response(json.readTree(
                "{\"m.relates_to\":{\"rel_type\":\"m.reference\",\"event_id\":\"$s\"},\"m.selections\":[\"2\"]}"));
        assertThat(unstable).map(PollEvents.Response::startEventId).contains("$s");
        assertThat(stable.orElseThrow().answers()).extracting(JsonNode::asText).containsExactly("2");
        assertThat(PollEvents.response(json.readTree("{\"m.relates_to\":{\"rel_type\":\"m.annotation\",\"event_id\":\"$s\"},\"m.selections\":[]}"))).isEmpty();
        assertThat(PollEvents.response(json.readTree("{\"org.matrix.msc3381.poll.response\":{\"answers\":[\"1\"]}}"))).isEmpty();
    }

    @Test
    void onlyChoicePollsThatAreNotSecretInAGroupAreNative() {
        PollPresentation single = new PollPresentation("1", "Q", List.of("a", "b"), PollPresentation.Kind.SINGLE, 1, false, false, null, false);
        PollPresentation secret = new PollPresentation("1", "Q", List.of("a", "b"), PollPresentation.Kind.SINGLE, 1, true, false, null, false);
        PollPresentation judgment = new PollPresentation("1", "Q", List.of("a", "b"), PollPresentation.Kind.JUDGMENT, 1, false, false, null, false);
        assertThat(PollEvents.showsNatively(single, true)).isTrue();
        assertThat(PollEvents.showsNatively(secret, true)).isFalse();
        assertThat(PollEvents.showsNatively(secret, false)).isTrue();
        assertThat(PollEvents.showsNatively(judgment, false)).isFalse();
        PollPresentation multiple = new PollPresentation("1", "Q", List.of("a", "b", "c"), PollPresentation.Kind.MULTIPLE, 9, false, false, null, false);
        assertThat(PollEvents.maxSelections(multiple)).isEqualTo(3);
    }
}
