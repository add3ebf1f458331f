package org.ippc.ecommerce.resources.network;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** network-service's answer to "may this expert review now?" ({@code Eligibility} in its contract). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExpertEligibility(long expertId, String role, boolean eligible, List<String> reasons) {
    static final String UNKNOWN_EXPERT = "unknown-expert";

    static ExpertEligibility unknown(long expertId, String role) {
        return new ExpertEligibility(expertId, role, false, List.of(UNKNOWN_EXPERT));
    }
}
