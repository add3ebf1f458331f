package org.ippc.ecommerce.network.gap;

import jakarta.persistence.Converter;
import java.util.List;
import org.ippc.ecommerce.platform.Coded;
import org.ippc.ecommerce.platform.CodedColumn;
import org.ippc.ecommerce.platform.Problems;

/** A gap is proposed {@code open}; the Secretariat moves it to any other status, a closed one back open too. */
public enum GapStatus implements Coded {
    OPEN("open"),
    IN_PROGRESS("in-progress"),
    CLOSED("closed");

    private final String code;

    GapStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    private List<GapStatus> next() {
        return switch (this) {
            case OPEN -> List.of(IN_PROGRESS, CLOSED);
            case IN_PROGRESS -> List.of(OPEN, CLOSED);
            case CLOSED -> List.of(OPEN, IN_PROGRESS);
        };
    }

    private boolean allows(GapStatus target) {
        return next().contains(target);
    }

    /** A 409 naming this status, unless a gap in it may become {@code target}. */
    public void requireTransitionTo(GapStatus target, long gapId) {
        if (!allows(target)) {
            throw Problems.conflict("Gap %d is already %s.".formatted(gapId, code));
        }
    }

    /** The status of a code; the request patterns and the column's check admit known codes only. */
    public static GapStatus fromString(String code) {
        return Coded.of(GapStatus.class, code);
    }

    @Override
    public String toString() {
        return code;
    }

    @Converter(autoApply = true)
    public static class Column extends CodedColumn<GapStatus> {
        public Column() {
            super(GapStatus.class);
        }
    }
}
