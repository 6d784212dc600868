package io.factdesk.observability;

import java.util.Map;

import io.factdesk.security.Role;
import io.factdesk.support.Desk;
import io.factdesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator sees: probes, Prometheus metrics per GraphQL operation, a correlation id on every response. */
@IntegrationTest
class OperationsEndpointsTest {

    @Autowired
    WebTestClient web;

    @Autowired
    Desk desk;

    @Test
    void livenessAndReadinessIncludingTheDatabaseAreUp() {
        this.web.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        this.web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheusShowsRequestTimingsPerOperation() {
        this.web.post().uri("/graphql")
                .headers(headers -> headers.setBearerAuth(this.desk.token("ops", Role.CHECKER)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "query EditorialPage { claims(first: 1) { edges { cursor } } }",
                        "operationName", "EditorialPage"))
                .exchange()
                .expectStatus().isOk();

        String metrics = this.web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"EditorialPage\"");
        assertThat(metrics).contains("r2dbc_pool_acquired_connections");
    }

    @Test
    void everyResponseCarriesItsCorrelationId() {
        this.web.get().uri("/actuator/health/liveness").header(CorrelationId.HEADER, "trace-1234-abcd").exchange()
                .expectHeader().valueEquals(CorrelationId.HEADER, "trace-1234-abcd");
        this.web.get().uri("/actuator/health/liveness").header(CorrelationId.HEADER, "bad id; drop table").exchange()
                .expectHeader().value(CorrelationId.HEADER, id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }
}
