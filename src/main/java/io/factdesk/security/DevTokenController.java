package io.factdesk.security;

import io.factdesk.member.MemberService;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Hands out locally signed tokens for the members on file, so that a developer can try the API from GraphiQL.
 * Only on where {@code factdesk.security.dev-tokens} is true, which the embedded default sets and nothing else.
 */
@RestController
@ConditionalOnProperty(name = "factdesk.security.dev-tokens", havingValue = "true")
class DevTokenController {

    private final ObjectProvider<LocalTokens> tokens;
    private final MemberService members;

    DevTokenController(ObjectProvider<LocalTokens> tokens, MemberService members) {
        this.tokens = tokens;
        this.members = members;
    }

    @GetMapping("/dev/tokens/{username}")
    Mono<LocalTokens.IssuedToken> token(@PathVariable String username) {
        LocalTokens issuer = this.tokens.getIfAvailable();
        if (issuer == null) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "Development tokens need factdesk.security.local-signing-key and no identity provider"));
        }
        return this.members.findByUsername(username)
                .map(member -> issuer.issue(member.username(), member.displayName(), member.roles()))
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No member '" + username + "'; the demo members are rita, carl, edith and ada")));
    }
}
