package org.ippc.ecommerce.network.initiative;

import jakarta.persistence.Converter;
import org.ippc.ecommerce.platform.Coded;
import org.ippc.ecommerce.platform.CodedColumn;

/** Where an initiative stands as its RPPO reports it: any status may replace any, to correct a report. */
public enum InitiativeStatus implements Coded {
    PLANNED("planned"),
    ONGOING("ongoing"),
    COMPLETED("completed");

    private final String code;

    InitiativeStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The status of a code; the request patterns and the column's check admit known codes only. */
    public static InitiativeStatus fromString(String code) {
        return Coded.of(InitiativeStatus.class, code);
    }

    @Override
    public String toString() {
        return code;
    }

    @Converter(autoApply = true)
    public static class Column extends CodedColumn<InitiativeStatus> {
        public Column() {
            super(InitiativeStatus.class);
        }
    }
}
