package org.ippc.ecommerce.registry.requirement;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/**
 * What a country requires for a product. Not a workflow: a correction may set any status, and a requirement ends by
 * its period, so no status leads to another.
 */
public enum RequirementStatus {
    PROHIBITED("prohibited"),
    PROHIBITED_PENDING_PRA("prohibited-pending-pra"),
    PERMIT_REQUIRED("permit-required"),
    PHYTOSANITARY_CERTIFICATE_REQUIRED("phytosanitary-certificate-required"),
    CONDITIONS_APPLY("conditions-apply"),
    NO_REQUIREMENT("no-requirement");

    private final String code;

    RequirementStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The status of a code, as requests and the database spell it. */
    public static RequirementStatus fromString(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown status " + code));
    }

    @Override
    public String toString() {
        return code;
    }

    /** Null-safe: Hibernate converts a query's null parameter too (the optional status filter of a country's list). */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<RequirementStatus, String> {
        @Override
        public String convertToDatabaseColumn(RequirementStatus status) {
            return status == null ? null : status.code;
        }

        @Override
        public RequirementStatus convertToEntityAttribute(String code) {
            return code == null ? null : fromString(code);
        }
    }
}
