package io.factdesk.verification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.factdesk.db.LateralJoin;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/** What the desk found out about claims, read for many claims at once. */
@Service
public class VerificationService {

    private final VerificationRepository verification;

    VerificationService(VerificationRepository verification) {
        this.verification = verification;
    }

    public Mono<Map<Long, List<Evidence>>> evidenceOf(Collection<Long> claimIds) {
        return this.verification.findEvidence(claimIds).collectMultimap(Evidence::claimId)
                .map(VerificationService::asLists);
    }

    /** The evidence count of the claim whose id is the {@code pageColumn} of each row of a page. */
    public LateralJoin<Integer> evidenceCountJoin(String alias, String pageColumn) {
        return VerificationRepository.evidenceCountJoin(alias, pageColumn);
    }

    public Mono<Map<Long, Integer>> evidenceCountOf(Collection<Long> claimIds) {
        return this.verification.countEvidence(claimIds)
                .collectMap(VerificationRepository.ClaimCount::claimId, count -> (int) count.count());
    }

    public Mono<Map<Long, List<VerificationEvent>>> historyOf(Collection<Long> claimIds) {
        return this.verification.findHistory(claimIds).collectMultimap(VerificationEvent::claimId)
                .map(VerificationService::asLists);
    }

    public Mono<Map<Long, List<Verdict>>> verdictsOf(Collection<Long> claimIds) {
        return this.verification.findVerdicts(claimIds).collectMultimap(Verdict::claimId)
                .map(VerificationService::asLists);
    }

    public Mono<Map<Long, Verdict>> currentVerdictOf(Collection<Long> claimIds) {
        return this.verification.findCurrentVerdicts(claimIds).collectMap(Verdict::claimId, Function.identity());
    }

    private static <T> Map<Long, List<T>> asLists(Map<Long, Collection<T>> grouped) {
        return grouped.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
    }
}
