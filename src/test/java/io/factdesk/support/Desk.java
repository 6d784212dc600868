package io.factdesk.support;

import java.util.List;
import java.util.Locale;

import io.factdesk.security.LocalTokens;
import io.factdesk.security.Role;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** GraphQL testers signed in as desk members, with tokens signed by the app's local key. */
@TestComponent
public class Desk {

    private final HttpGraphQlTester graphQl;
    private final LocalTokens tokens;

    Desk(HttpGraphQlTester graphQl, LocalTokens tokens) {
        this.graphQl = graphQl;
        this.tokens = tokens;
    }

    /** A member named after the role, e.g. {@code test-editor}, with that one role. */
    public HttpGraphQlTester as(Role role) {
        return as("test-" + role.name().toLowerCase(Locale.ROOT), role);
    }

    public HttpGraphQlTester as(String username, Role... roles) {
        return this.graphQl.mutate()
                .headers(headers -> headers.setBearerAuth(token(username, roles)))
                .build();
    }

    public String token(String username, Role... roles) {
        return this.tokens.issue(username, username, List.of(roles)).token();
    }

    public HttpGraphQlTester anonymous() {
        return this.graphQl;
    }
}
