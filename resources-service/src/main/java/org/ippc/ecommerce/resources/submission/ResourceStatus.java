package org.ippc.ecommerce.resources.submission;

import jakarta.persistence.Converter;
import java.util.List;
import org.ippc.ecommerce.platform.Coded;
import org.ippc.ecommerce.platform.CodedColumn;
import org.ippc.ecommerce.platform.Problems;

/** The review workflow of a contributed resource, and the actions each state allows. */
public enum ResourceStatus implements Coded {
    SUBMITTED("submitted", List.of(ResourceAction.REVISE, ResourceAction.CONSENT, ResourceAction.ASSIGN_REVIEWERS)),
    UNDER_REVIEW(
            "under-review",
            List.of(
                    ResourceAction.CONSENT,
                    ResourceAction.ASSIGN_REVIEWERS,
                    ResourceAction.RECOMMEND,
                    ResourceAction.DECIDE)),
    REVISION_REQUESTED("revision-requested", List.of(ResourceAction.REVISE, ResourceAction.CONSENT)),
    ACCEPTED("accepted", List.of(ResourceAction.CONSENT, ResourceAction.PUBLISH, ResourceAction.CORRECT)),
    REJECTED("rejected", List.of()),
    PUBLISHED("published", List.of(ResourceAction.CORRECT, ResourceAction.WITHDRAW)),
    WITHDRAWN("withdrawn", List.of());

    private final String code;
    private final List<ResourceAction> allowedActions;

    ResourceStatus(String code, List<ResourceAction> allowedActions) {
        this.code = code;
        this.allowedActions = allowedActions;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean allows(ResourceAction action) {
        return allowedActions.contains(action);
    }

    /** A 409 naming this state and the actions it allows, unless it allows {@code action}. */
    public void require(ResourceAction action, long resourceId) {
        if (!allows(action)) {
            throw Problems.illegalTransition(
                    "Resource %d is %s: it cannot %s.".formatted(resourceId, code, action.code()),
                    code,
                    allowedActions());
        }
    }

    public List<String> allowedActions() {
        return allowedActions.stream().map(ResourceAction::code).toList();
    }

    /** The status of a code, for query parameters; an unknown code is a 400. */
    public static ResourceStatus fromString(String code) {
        return Coded.of(ResourceStatus.class, code);
    }

    @Override
    public String toString() {
        return code;
    }

    @Converter(autoApply = true)
    public static class Column extends CodedColumn<ResourceStatus> {
        public Column() {
            super(ResourceStatus.class);
        }
    }
}
