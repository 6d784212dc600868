package io.factdesk.alert;

import io.factdesk.security.Permissions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Claim alert subscriptions, and the cursor a client reads before it subscribes. */
@Controller
class ClaimAlertController {

    private final ClaimAlerts alerts;

    ClaimAlertController(ClaimAlerts alerts) {
        this.alerts = alerts;
    }

    @SubscriptionMapping
    @PreAuthorize(Permissions.MEMBER)
    Flux<ClaimAlert> claimAdded(@Argument ClaimAlertFilter filter, @Argument String after) {
        return this.alerts.alerts(ClaimAlertKind.CLAIM_ADDED, filter, after);
    }

    @SubscriptionMapping
    @PreAuthorize(Permissions.MEMBER)
    Flux<ClaimAlert> claimUpdated(@Argument ClaimAlertFilter filter, @Argument String after) {
        return this.alerts.alerts(ClaimAlertKind.CLAIM_UPDATED, filter, after);
    }

    @QueryMapping
    @PreAuthorize(Permissions.MEMBER)
    Mono<String> latestClaimAlertCursor() {
        return this.alerts.latestCursor();
    }
}
