package org.ippc.ecommerce.network.initiative;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** Where an initiative stands as its RPPO reports it: any status may replace any, to correct a report. */
public enum InitiativeStatus {
    PLANNED("planned"),
    ONGOING("ongoing"),
    COMPLETED("completed");

    private final String code;

    InitiativeStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The status of a code; the request patterns and the column's check admit known codes only. */
    public static InitiativeStatus fromString(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown status " + code));
    }

    @Override
    public String toString() {
        return code;
    }

    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<InitiativeStatus, String> {
        @Override
        public String convertToDatabaseColumn(InitiativeStatus status) {
            return status.code;
        }

        @Override
        public InitiativeStatus convertToEntityAttribute(String code) {
            return fromString(code);
        }
    }
}
