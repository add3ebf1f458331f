package org.ippc.ecommerce.resources.network;

import java.util.List;
import java.util.Objects;
import org.ippc.ecommerce.resources.network.client.Eligibility;
import org.ippc.ecommerce.resources.network.client.IneligibilityReason;

/** network-service's answer to "may this expert review now?" ({@code Eligibility} in its contract). */
public record ExpertEligibility(long expertId, String role, boolean eligible, List<String> reasons) {
    public static final String UNKNOWN_EXPERT = "unknown-expert";
    /** Bars an assignment, not the recommendation of a reviewer assigned already. */
    public static final String NO_CONSENT_TO_CONTACT = "no-consent-to-contact";

    static ExpertEligibility of(Eligibility answer) {
        List<IneligibilityReason> reasons = Objects.requireNonNullElse(answer.getReasons(), List.of());
        return new ExpertEligibility(
                answer.getExpertId(),
                Objects.toString(answer.getRole(), null),
                Boolean.TRUE.equals(answer.getEligible()),
                reasons.stream().map(IneligibilityReason::toString).toList());
    }

    static ExpertEligibility unknown(long expertId, String role) {
        return new ExpertEligibility(expertId, role, false, List.of(UNKNOWN_EXPERT));
    }
}
