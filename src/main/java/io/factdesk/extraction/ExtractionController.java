package io.factdesk.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.factdesk.claim.TextSpan;
import io.factdesk.person.Person;
import io.factdesk.person.PersonService;
import io.factdesk.security.Permissions;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** {@code extractClaims}: what extraction would find in a text, stored nowhere. */
@Controller
class ExtractionController {

    private final ClaimExtractionService extraction;
    private final PersonService people;

    ExtractionController(ClaimExtractionService extraction, PersonService people) {
        this.extraction = extraction;
        this.people = people;
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Mono<List<CandidateClaim>> extractClaims(@Argument String text) {
        return this.extraction.extract(text, "text");
    }

    @SchemaMapping(typeName = "ExtractedClaim")
    TextSpan span(CandidateClaim claim) {
        return new TextSpan(claim.start(), claim.end());
    }

    @BatchMapping(typeName = "ExtractedSpeaker")
    Mono<Map<Speaker, Person>> onFile(List<Speaker> speakers) {
        return this.people.findByNames(speakers.stream().map(Speaker::name).toList())
                .map(byName -> onFile(speakers, byName));
    }

    private static Map<Speaker, Person> onFile(List<Speaker> speakers, Map<String, Person> byName) {
        Map<Speaker, Person> found = new LinkedHashMap<>();
        for (Speaker speaker : speakers) {
            Person person = byName.get(speaker.name().toLowerCase(Locale.ROOT));
            if (person != null) {
                found.put(speaker, person);
            }
        }
        return found;
    }
}
