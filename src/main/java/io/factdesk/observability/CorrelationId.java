package io.factdesk.observability;

import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request a correlation id: the caller's {@code X-Request-Id} when it is a sane token, otherwise a new
 * one. It is echoed in the response, put in every log line of the request (MDC, carried across threads by Reactor's
 * context propagation) and in the reference of an internal error, so that a report from a user leads to the logs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationId implements WebFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String KEY = "correlationId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(KEY, () -> MDC.get(KEY),
                value -> MDC.put(KEY, value), () -> MDC.remove(KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = (given != null && SANE.matcher(given).matches()) ? given : UUID.randomUUID().toString();
        exchange.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(exchange).contextWrite(context -> context.put(KEY, id));
    }

    /** The correlation id of the request the current thread works for, if any. */
    public static String current() {
        String id = MDC.get(KEY);
        return (id == null) ? "none" : id;
    }
}
