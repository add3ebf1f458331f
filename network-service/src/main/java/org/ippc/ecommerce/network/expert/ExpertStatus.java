package org.ippc.ecommerce.network.expert;

import jakarta.persistence.Converter;
import java.util.List;
import org.ippc.ecommerce.platform.Coded;
import org.ippc.ecommerce.platform.CodedColumn;
import org.ippc.ecommerce.platform.Problems;

/** {@code active} in the term, {@code inactive} after it, {@code withdrawn} on request; an acceptance reactivates. */
public enum ExpertStatus implements Coded {
    ACTIVE("active"),
    INACTIVE("inactive"),
    WITHDRAWN("withdrawn");

    private final String code;

    ExpertStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    private List<ExpertStatus> next() {
        return switch (this) {
            case ACTIVE -> List.of(INACTIVE, WITHDRAWN);
            case INACTIVE -> List.of(ACTIVE, WITHDRAWN);
            case WITHDRAWN -> List.of(ACTIVE);
        };
    }

    private boolean allows(ExpertStatus target) {
        return next().contains(target);
    }

    /** A 409 naming this status, unless an expert in it may become {@code target}. */
    public void requireTransitionTo(ExpertStatus target, long expertId) {
        if (!allows(target)) {
            throw Problems.conflict("Expert %d is already %s.".formatted(expertId, code));
        }
    }

    /** The status of a code; the column's check admits known codes only. */
    public static ExpertStatus fromString(String code) {
        return Coded.of(ExpertStatus.class, code);
    }

    @Override
    public String toString() {
        return code;
    }

    @Converter(autoApply = true)
    public static class Column extends CodedColumn<ExpertStatus> {
        public Column() {
            super(ExpertStatus.class);
        }
    }
}
