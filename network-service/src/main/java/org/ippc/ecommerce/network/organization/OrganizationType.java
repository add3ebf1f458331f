package org.ippc.ecommerce.network.organization;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.Converter;
import jakarta.ws.rs.BadRequestException;
import java.util.Arrays;
import java.util.Optional;
import org.ippc.ecommerce.platform.Coded;
import org.ippc.ecommerce.platform.CodedColumn;

public enum OrganizationType implements Coded {
    NPPO("NPPO"),
    RPPO("RPPO"),
    INTERNATIONAL_ORGANIZATION("international-organization"),
    INDUSTRY("industry"),
    ACADEMIA("academia"),
    OTHER("other");

    private final String code;

    OrganizationType(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** How JAX-RS reads the type from a query parameter: an unknown one is a bad request, not a 404. */
    public static OrganizationType fromString(String code) {
        return ofCode(code)
                .orElseThrow(() -> new BadRequestException("Unknown organization type '%s'; one of %s."
                        .formatted(
                                code,
                                Arrays.stream(values())
                                        .map(OrganizationType::code)
                                        .toList())));
    }

    private static Optional<OrganizationType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    @Converter(autoApply = true)
    static class Column extends CodedColumn<OrganizationType> {
        public Column() {
            super(OrganizationType.class);
        }
    }
}
