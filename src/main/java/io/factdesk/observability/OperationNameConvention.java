package io.factdesk.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Tags GraphQL request timings with the operation's name, so that Prometheus shows each front-end operation's
 * latency. Names come from clients, so only well-formed ones are kept and only the first few hundred distinct
 * ones: a client inventing names cannot blow up the number of time series.
 */
@Component
class OperationNameConvention extends DefaultExecutionRequestObservationConvention {

    static final String KEY = "graphql.operation.name";
    private static final int MAX_NAMES = 200;
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @Override
    public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context)
                .and(KeyValue.of(KEY, bounded(context.getExecutionInput().getOperationName())));
    }

    private String bounded(String name) {
        if (name == null || name.isEmpty()) {
            return "anonymous";
        }
        if (!NAME.matcher(name).matches()) {
            return "other";
        }
        if (this.seen.contains(name) || (this.seen.size() < MAX_NAMES && this.seen.add(name))) {
            return name;
        }
        return "other";
    }
}
