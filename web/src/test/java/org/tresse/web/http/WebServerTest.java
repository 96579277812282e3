package org.tresse.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The routing facade on a real Jetty at port 0: path parameters, forms, raw bodies (webhooks), a failing handler. */
class WebServerTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private WebServer server;

    @AfterEach
    void stop() {
        server.stop();
    }

    private String base(Routes routes) {
        server = new WebServer(ServerOptions.loopback(0), routes, Failures.PLAIN,
                (request, reply) -> reply.withHeader("X-Filtered", "yes"));
        server.start();
        return "http://127.0.0.1:" + server.port();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void handlersGetPathParametersFormsAndRawBodies() throws Exception {
        String base = base(new Routes()
                .get("/sondages/{n}", request -> Reply.html("sondage " + request.pathParam("n") + " " + request.query("lang").orElse("-")))
                .post("/avis", request -> Reply.html("avis " + request.form("texte").orElse("?") + " [" + request.body() + "]"))
                .post("/telegram", request -> Reply.html("update " + request.body().length() + " " + request.form("x").isPresent())));

        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/sondages/12?lang=en")).build()).body()).isEqualTo("sondage 12 en");
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/avis")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("texte=caf%C3%A9+ouvert")).build()).body()).isEqualTo("avis café ouvert []");
        HttpResponse<String> webhook = send(HttpRequest.newBuilder(URI.create(base + "/telegram")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"update_id\":1}")).build());
        assertThat(webhook.body()).isEqualTo("update 15 false");
        assertThat(webhook.headers().firstValue("X-Filtered")).hasValue("yes");
    }

    @Test
    void aRouteMayTakeLargerBodiesThanTheFormsWhichKeepTheServersLimit() throws Exception {
        String base = base(new Routes()
                .post("/avis", request -> Reply.html("avis " + request.body().length()))
                .post("/telegram", 1 << 20, request -> Reply.html("update " + request.body().length())));
        String large = "x".repeat(200 * 1024);
        String tooLarge = "x".repeat((1 << 20) + 1);

        assertThat(post(base + "/telegram", large).body()).isEqualTo("update " + large.length());
        assertThat(post(base + "/telegram", tooLarge).statusCode()).isEqualTo(413);
        assertThat(post(base + "/avis", large).statusCode()).isEqualTo(413);
        assertThat(post(base + "/avis", "x".repeat(ServerOptions.DEFAULT_MAX_BODY)).body())
                .isEqualTo("avis " + ServerOptions.DEFAULT_MAX_BODY);
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void aFailingHandlerGetsTheFailurePageAndTheServerGoesOn() throws Exception {
        String base = base(new Routes()
                .get("/casse", request -> {
                    throw new IllegalStateException("secret detail from the database");
                })
                .get("/sante", request -> Reply.html("ok")));

        HttpResponse<String> failed = send(HttpRequest.newBuilder(URI.create(base + "/casse")).build());
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).isEqualTo("HTTP 500").doesNotContain("secret");
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/sante")).build()).body()).isEqualTo("ok");
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/sante")).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build()).statusCode()).isEqualTo(200);
    }
}
