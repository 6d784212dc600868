package io.factdesk.alert;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.NullValue;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.Exceptions;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Renders each alert once for all the subscriptions that ask for it alike, instead of once per subscriber. A desk
 * runs the same intake screen on many desktops: 2,000 subscribers of one alert meant 2,000 GraphQL executions of
 * the same selection on the same claim, the bulk of the server's work per alert (bench/alerts).
 *
 * <p>Subscriptions share when they send the same document, operation and variables, with the same roles, and
 * start now (no {@code after} cursor: a resumed subscription replays its own past first). Nothing an alert shows
 * depends on who asks beyond their roles. The first of a group executes; the others receive its results from the
 * moment they join, each through its own buffer: one that falls {@code bufferSize} alerts behind is ended with
 * SUBSCRIBER_TOO_SLOW, as the hub ends a slow subscription, and holds no one back. The execution ends when its
 * last subscriber leaves.
 */
@Component
// After the WebSocket authentication, whose security context this reads.
@Order(Ordered.LOWEST_PRECEDENCE)
class SharedSubscriptions implements WebGraphQlInterceptor {

    /** How long a subscription that joined a group may take to start reading before its place lapses. */
    private static final Duration JOINING = Duration.ofSeconds(30);

    private final Map<Key, Group> groups = new ConcurrentHashMap<>();
    private final int bufferSize;

    SharedSubscriptions(AlertProperties properties) {
        this.bufferSize = properties.bufferSize();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String field = (request instanceof WebSocketGraphQlRequest) ? fieldStartingNow(request) : null;
        if (field == null) {
            return chain.next(request);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(authentication -> new Key(request.getDocument(), request.getOperationName(),
                        request.getVariables(), roles(authentication)))
                .flatMap(key -> {
                    Group group = this.groups.get(key);
                    if (group != null && group.reserve()) {
                        return Mono.just(group.responseFor(request.toExecutionInput()));
                    }
                    return chain.next(request).map(response -> share(key, field, response));
                })
                .switchIfEmpty(Mono.defer(() -> chain.next(request)));
    }

    /** How many executions run for groups of subscriptions. */
    int groups() {
        return this.groups.size();
    }

    private WebGraphQlResponse share(Key key, String field, WebGraphQlResponse response) {
        if (!response.isValid() || !response.getErrors().isEmpty() || !(response.getData() instanceof Publisher)) {
            return response;
        }
        Group group = new Group(key, field, response.getData());
        if (this.groups.putIfAbsent(key, group) != null) {
            return response;
        }
        return group.responseFor(response.getExecutionInput());
    }

    /**
     * The response key of the one field a subscription selects, if it starts now: its {@code after} argument is
     * absent or null. Null for anything else, which is then executed on its own.
     */
    private static String fieldStartingNow(WebGraphQlRequest request) {
        Document document;
        try {
            document = Parser.parse(request.getDocument());
        }
        catch (InvalidSyntaxException ex) {
            return null;
        }
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(candidate -> request.getOperationName() == null
                        || request.getOperationName().equals(candidate.getName()))
                .findFirst().orElse(null);
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.SUBSCRIPTION
                || operation.getSelectionSet().getSelections().size() != 1
                || !(operation.getSelectionSet().getSelections().get(0) instanceof Field field)
                || !field.getDirectives().isEmpty()) {
            return null;
        }
        Argument after = field.getArguments().stream()
                .filter(argument -> argument.getName().equals("after")).findFirst().orElse(null);
        boolean startsNow = after == null || after.getValue() instanceof NullValue
                || (after.getValue() instanceof VariableReference variable
                        && request.getVariables().get(variable.getName()) == null);
        return startsNow ? field.getResultKey() : null;
    }

    private static Set<String> roles(Authentication authentication) {
        Set<String> roles = new TreeSet<>();
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(roles::add);
        return roles;
    }

    private record Key(String document, String operationName, Map<String, Object> variables, Set<String> roles) {
    }

    /**
     * One execution and the subscriptions that receive its results. It starts when the first of them starts
     * reading and ends when the last one leaves, unless one that joined has yet to start reading.
     */
    private final class Group {

        private final Key key;
        private final String field;
        private final Publisher<ExecutionResult> execution;
        private final Sinks.Many<ExecutionResult> results = Sinks.many().multicast().directBestEffort();
        private Disposable running;
        private boolean started;
        private boolean ended;
        private int subscribers;
        private int joining = 1;
        private long joiningUntil = System.nanoTime() + JOINING.toNanos();

        Group(Key key, String field, Publisher<ExecutionResult> execution) {
            this.key = key;
            this.field = field;
            this.execution = execution;
        }

        /** Holds a place for a subscription about to start reading; false once the group has ended. */
        synchronized boolean reserve() {
            if (this.ended) {
                return false;
            }
            this.joining++;
            this.joiningUntil = System.nanoTime() + JOINING.toNanos();
            return true;
        }

        WebGraphQlResponse responseFor(ExecutionInput input) {
            Flux<ExecutionResult> subscriber = Flux.defer(this::join)
                    .onBackpressureBuffer(SharedSubscriptions.this.bufferSize, dropped -> {
                    }, BufferOverflowStrategy.ERROR)
                    .onErrorMap(Exceptions::isOverflow, overflow -> tooSlow());
            ExecutionResult result = ExecutionResult.newExecutionResult().data(subscriber).build();
            return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, result));
        }

        private Flux<ExecutionResult> join() {
            boolean first;
            synchronized (this) {
                if (this.ended) {
                    // Only when a subscription took longer than JOINING to start reading.
                    return Flux.error(new IllegalStateException("This subscription started too late; subscribe again"));
                }
                this.joining = Math.max(0, this.joining - 1);
                this.subscribers++;
                first = !this.started;
                this.started = true;
            }
            Flux<ExecutionResult> results = this.results.asFlux();
            if (first) {
                results = results.doOnSubscribe(subscription -> start());
            }
            return results.doFinally(signal -> leave());
        }

        private void start() {
            Disposable running = Flux.from(this.execution).subscribe(this.results::tryEmitNext,
                    failure -> end(() -> this.results.tryEmitError(failure)),
                    () -> end(this.results::tryEmitComplete));
            synchronized (this) {
                this.running = running;
                if (!this.ended) {
                    return;
                }
            }
            running.dispose();
        }

        private void leave() {
            long waitForJoining;
            synchronized (this) {
                this.subscribers--;
                if (this.subscribers > 0 || this.ended) {
                    return;
                }
                waitForJoining = (this.joining > 0) ? this.joiningUntil - System.nanoTime() : 0;
            }
            if (waitForJoining > 0) {
                Schedulers.parallel().schedule(this::endIfIdle, waitForJoining, TimeUnit.NANOSECONDS);
            }
            else {
                end(() -> {
                });
            }
        }

        private void endIfIdle() {
            synchronized (this) {
                if (this.subscribers > 0 || this.ended || System.nanoTime() < this.joiningUntil) {
                    return;
                }
            }
            end(() -> {
            });
        }

        private void end(Runnable then) {
            Disposable running;
            synchronized (this) {
                if (this.ended) {
                    return;
                }
                this.ended = true;
                running = this.running;
            }
            SharedSubscriptions.this.groups.remove(this.key, this);
            if (running != null) {
                running.dispose();
            }
            then.run();
        }

        private SubscriptionPublisherException tooSlow() {
            SubscriberTooSlowException tooSlow = new SubscriberTooSlowException(SharedSubscriptions.this.bufferSize);
            return new SubscriptionPublisherException(List.of(GraphqlErrorBuilder.newError()
                    .errorType(SubscriberTooSlowException.CLASSIFICATION)
                    .message(tooSlow.getMessage())
                    .path(ResultPath.rootPath().segment(this.field))
                    .build()), tooSlow);
        }
    }
}
