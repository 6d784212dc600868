package io.factdesk.extraction;

import java.util.List;

import io.factdesk.graphql.InvalidArgumentException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Service;

/** Runs claim extraction for the rest of the app: off the event loop, on texts of a bounded size. */
@Service
public class ClaimExtractionService {

    private final ClaimExtractor extractor = ClaimExtractor.load();
    private final ExtractionProperties properties;

    ClaimExtractionService(ExtractionProperties properties) {
        this.properties = properties;
    }

    /** The candidate claims of {@code text}; refuses a text longer than the configured maximum. */
    public Mono<List<CandidateClaim>> extract(String text, String argument) {
        if (text.length() > this.properties.maxCharacters()) {
            return Mono.error(new InvalidArgumentException(argument, argument + " is " + text.length()
                    + " characters; extraction reads at most " + this.properties.maxCharacters()));
        }
        // Tagging is CPU work measured in milliseconds: it must not hold an event-loop thread.
        return Mono.fromCallable(() -> this.extractor.extract(text)).subscribeOn(Schedulers.parallel());
    }

    /** Whether ingest should find the claims of articles that come without any. */
    public boolean extractsOnIngest() {
        return this.properties.onIngest();
    }
}
