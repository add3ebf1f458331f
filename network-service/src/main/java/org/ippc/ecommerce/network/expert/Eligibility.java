package org.ippc.ecommerce.network.expert;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether an expert may act in a role now, and if not, why: the contract resources-service relies on. */
@Schema(name = "Eligibility")
public record Eligibility(
        long expertId,
        @Schema(enumeration = "reviewer") String role,
        boolean eligible,
        @Schema(description = "empty when eligible") List<Reason> reasons) {

    @Schema(name = "IneligibilityReason")
    public enum Reason {
        ERASED("erased"),
        NOT_ACTIVE("not-active"),
        NO_CONSENT_TO_CONTACT("no-consent-to-contact"),
        TERM_NOT_CURRENT("term-not-current");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }
}
