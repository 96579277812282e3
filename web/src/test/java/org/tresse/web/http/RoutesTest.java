package org.tresse.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tresse.web.http.internal.Redaction;

class RoutesTest {
    private final Handler ok = request -> Reply.html("ok");

    @Test
    void pathParametersAreOneSegmentEach() {
        Routes routes = new Routes().get("/decisions/{n}", ok).post("/sondages/{n}/repondre", ok).get("/", ok);

        assertThat(routes.find("GET", "/decisions/12").orElseThrow().pathParams()).containsEntry("n", "12");
        assertThat(routes.find("HEAD", "/decisions/12")).isPresent();
        assertThat(routes.find("GET", "/decisions/12/x")).isEmpty();
        assertThat(routes.find("GET", "/decisions")).isEmpty();
        assertThat(routes.find("POST", "/sondages/3/repondre").orElseThrow().pathParams()).containsEntry("n", "3");
        assertThat(routes.find("GET", "/sondages/3/repondre")).isEmpty();
        assertThat(routes.anyMethod("/sondages/3/repondre")).isTrue();
        assertThat(routes.find("GET", "/")).isPresent();
    }

    @Test
    void aRouteIsDeclaredOnce() {
        Routes routes = new Routes().get("/sante", ok);

        assertThatThrownBy(() -> routes.get("/sante", ok)).hasMessageContaining("two routes for GET /sante");
        assertThatThrownBy(() -> routes.get("sante", ok)).hasMessageContaining("starts with /");
    }

    @Test
    void logsNeverShowAToken() {
        assertThat(Redaction.path("/vote/abcdefghijklmnopqrstuvwxyz234567")).isEqualTo("/vote/***");
        assertThat(Redaction.path("/desabonnement/abcdefghijklmnop")).isEqualTo("/desabonnement/***");
        assertThat(Redaction.path("/evenements/1/reponse/abcdefghijklmnopqrstuvwxyz234567")).isEqualTo("/evenements/1/reponse/***");
        assertThat(Redaction.path("/decisions/12")).isEqualTo("/decisions/12");
        assertThat(Redaction.path("/mentions-legales")).isEqualTo("/mentions-legales");
    }
}
