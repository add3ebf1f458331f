package org.ippc.ecommerce.registry.requirement;

import jakarta.persistence.Converter;
import org.ippc.ecommerce.platform.Coded;
import org.ippc.ecommerce.platform.CodedColumn;

/**
 * What a country requires for a product. Not a workflow: a correction may set any status, and a requirement ends by
 * its period, so no status leads to another.
 */
public enum RequirementStatus implements Coded {
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

    @Override
    public String code() {
        return code;
    }

    /** The status of a code, as requests and the database spell it. */
    public static RequirementStatus fromString(String code) {
        return Coded.of(RequirementStatus.class, code);
    }

    @Override
    public String toString() {
        return code;
    }

    @Converter(autoApply = true)
    public static class Column extends CodedColumn<RequirementStatus> {
        public Column() {
            super(RequirementStatus.class);
        }
    }
}
