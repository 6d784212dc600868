package io.factdesk.graphql;

import java.util.List;

import graphql.schema.idl.NaturalEnumValuesProvider;
import graphql.schema.idl.TypeRuntimeWiring;
import io.factdesk.alert.ClaimAlertKind;
import io.factdesk.person.SpeakerKind;
import io.factdesk.security.Role;
import io.factdesk.verification.Rating;
import io.factdesk.verification.Stance;
import io.factdesk.verification.VerificationEventKind;
import io.factdesk.verification.VerificationState;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Registers the scalars the SDL declares and binds each of its enums to the Java enum of the same name. */
@Configuration(proxyBeanMethods = false)
class GraphQlWiring {

    /**
     * Unbound, an SDL enum's values are its names as strings: graphql-java then serializes a Java constant by
     * comparing it with every value, finding none equal, and comparing again by name (14 ns a value alone, 3.5 ns
     * bound; the profile of the editorial page did not show the difference, bench/README.md). Bound, the first
     * comparison finds it, and arguments arrive as the Java constants.
     */
    static final List<Class<? extends Enum<?>>> ENUMS = List.of(ClaimAlertKind.class, UserErrorCode.class,
            Role.class, SpeakerKind.class, VerificationState.class, Rating.class, Stance.class,
            VerificationEventKind.class);

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(DateTimeScalar.INSTANCE).scalar(JsonScalar.INSTANCE);
    }

    @Bean
    RuntimeWiringConfigurer enums() {
        return wiring -> ENUMS.forEach(type -> wiring.type(TypeRuntimeWiring.newTypeWiring(type.getSimpleName())
                .enumValues(naturalValuesOf(type))));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static NaturalEnumValuesProvider<?> naturalValuesOf(Class<? extends Enum<?>> type) {
        return new NaturalEnumValuesProvider(type);
    }
}
