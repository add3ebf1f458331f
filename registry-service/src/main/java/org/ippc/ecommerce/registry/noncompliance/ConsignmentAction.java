package org.ippc.ecommerce.registry.noncompliance;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the NPPO did with a consignment that did not comply. */
public enum ConsignmentAction {
    DESTROYED("destroyed"),
    RETURNED("returned"),
    TREATED("treated"),
    DETAINED("detained"),
    RELEASED("released");

    private final String code;

    ConsignmentAction(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
