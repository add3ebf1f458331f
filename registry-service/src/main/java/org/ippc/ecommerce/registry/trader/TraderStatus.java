package org.ippc.ecommerce.registry.trader;

import jakarta.persistence.Converter;
import java.util.List;
import org.ippc.ecommerce.platform.Coded;
import org.ippc.ecommerce.platform.CodedColumn;
import org.ippc.ecommerce.platform.Problems;

/** registered ⇄ suspended (with a reason); any → deregistered, which is final. */
public enum TraderStatus implements Coded {
    REGISTERED("registered"),
    SUSPENDED("suspended"),
    DEREGISTERED("deregistered");

    private final String code;

    TraderStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The states a trader in this one may become, in the order a refusal lists them. */
    private List<TraderStatus> next() {
        return switch (this) {
            case REGISTERED -> List.of(SUSPENDED, DEREGISTERED);
            case SUSPENDED -> List.of(REGISTERED, DEREGISTERED);
            case DEREGISTERED -> List.of();
        };
    }

    /** A 409 naming this state and the states it may become, unless it may become {@code wanted}. */
    public void requireMayBecome(TraderStatus wanted, String registrationNumber) {
        if (!next().contains(wanted)) {
            throw Problems.illegalTransition(
                    "Trader %s is %s: it cannot become %s.".formatted(registrationNumber, code, wanted.code),
                    code,
                    next().stream().map(TraderStatus::code).toList());
        }
    }

    /** The status of a code, as requests and the database spell it. */
    public static TraderStatus fromString(String code) {
        return Coded.of(TraderStatus.class, code);
    }

    @Override
    public String toString() {
        return code;
    }

    @Converter(autoApply = true)
    public static class Column extends CodedColumn<TraderStatus> {
        public Column() {
            super(TraderStatus.class);
        }
    }
}
