package org.ippc.ecommerce.resources.submission;

/** What can be done to a contributed resource; its status says which actions it allows now. */
public enum ResourceAction {
    REVISE("revise"),
    CONSENT("consent"),
    ASSIGN_REVIEWERS("assign-reviewers"),
    RECOMMEND("recommend"),
    DECIDE("decide"),
    PUBLISH("publish"),
    CORRECT("correct"),
    WITHDRAW("withdraw");

    private final String code;

    ResourceAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
