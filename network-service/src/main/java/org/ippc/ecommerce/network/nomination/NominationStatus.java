package org.ippc.ecommerce.network.nomination;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.Converter;
import java.util.List;
import org.ippc.ecommerce.platform.Coded;
import org.ippc.ecommerce.platform.CodedColumn;
import org.ippc.ecommerce.platform.Problems;

/** {@code nominated} until the Secretariat decides: {@code accepted} or {@code declined}, for good. */
public enum NominationStatus implements Coded {
    NOMINATED("nominated"),
    ACCEPTED("accepted"),
    DECLINED("declined");

    private final String code;

    NominationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    private List<NominationStatus> next() {
        return switch (this) {
            case NOMINATED -> List.of(ACCEPTED, DECLINED);
            case ACCEPTED, DECLINED -> List.of();
        };
    }

    private boolean allows(NominationStatus decision) {
        return next().contains(decision);
    }

    /** A 409 naming this status, unless a nomination in it may still be given {@code decision}. */
    public void requireTransitionTo(NominationStatus decision, long nominationId) {
        if (!allows(decision)) {
            throw alreadyDecided(nominationId, decision.code);
        }
    }

    /** A 409 naming this status once the Secretariat has decided: until then the nominating RPPO may revise. */
    public void requireRevisable(long nominationId) {
        if (next().isEmpty()) {
            throw alreadyDecided(nominationId, "revised");
        }
    }

    private HttpProblem alreadyDecided(long nominationId, String doneAs) {
        return Problems.illegalTransition(
                "Nomination %d is already %s: it can no longer be %s.".formatted(nominationId, code, doneAs),
                code,
                next().stream().map(NominationStatus::code).toList());
    }

    /** The status of a code; the request patterns and the column's check admit known codes only. */
    public static NominationStatus fromString(String code) {
        return Coded.of(NominationStatus.class, code);
    }

    @Override
    public String toString() {
        return code;
    }

    @Converter(autoApply = true)
    public static class Column extends CodedColumn<NominationStatus> {
        public Column() {
            super(NominationStatus.class);
        }
    }
}
