package org.tresse.connector.matrix.homeserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validator itself: it must accept what the specification allows and refuse what it does not. */
class SpecValidatorTest {
    private final SpecValidator spec = new SpecValidator();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void acceptsASendTheSpecificationAllowsAndRefusesABadRoomId() throws Exception {
        String good = "/rooms/%21cafe%3Aexample.org/send/m.room.message/tresse-1";
        SpecValidator.Operation send = spec.find("PUT", good).orElseThrow();
        assertThat(spec.checkRequest(send, good, Map.of(), json.readTree("{\"msgtype\":\"m.text\",\"body\":\"hi\"}"))).isEmpty();

        String bad = "/rooms/cafe/send/m.room.message/tresse-1";
        assertThat(spec.checkRequest(send, bad, Map.of(), json.readTree("{}"))).anyMatch(problem -> problem.contains("roomId"));
        assertThat(spec.checkRequest(send, good, Map.of(), null)).contains("missing required JSON body");
    }

    @Test
    void checksLoginBodiesThroughTheirRelativeReferences() throws Exception {
        SpecValidator.Operation login = spec.find("POST", "/login").orElseThrow();
        assertThat(spec.checkRequest(login, "/login", Map.of(),
                json.readTree("{\"type\":\"m.login.password\",\"identifier\":{\"type\":\"m.id.user\",\"user\":\"@a:b\"},\"password\":\"x\"}")))
                .isEmpty();
        assertThat(spec.checkRequest(login, "/login", Map.of(),
                json.readTree("{\"type\":\"m.login.password\",\"identifier\":{\"user\":\"@a:b\"},\"password\":7}")))
                .hasSize(2);
    }

    @Test
    void checksQueryParametersAndSyncResponses() throws Exception {
        SpecValidator.Operation sync = spec.find("GET", "/sync").orElseThrow();
        assertThat(spec.checkRequest(sync, "/sync", Map.of("timeout", List.of("30000")), null)).isEmpty();
        assertThat(spec.checkRequest(sync, "/sync", Map.of("timeout", List.of("soon")), null)).isNotEmpty();
        assertThat(spec.checkResponse(sync, 200, json.readTree("{\"next_batch\":\"s1\",\"rooms\":{\"join\":{\"!a:b\":"
                + "{\"timeline\":{\"events\":[{\"type\":\"m.room.message\",\"content\":{}}]}}}}}"))).hasSize(3);
    }

    @Test
    void checksWholeSchemaFiles() throws Exception {
        assertThat(spec.checkDocument("api/client-server/definitions/sync_filter.yaml",
                json.readTree("{\"room\":{\"timeline\":{\"limit\":\"many\"}}}"), "filter")).hasSize(1);
    }
}
