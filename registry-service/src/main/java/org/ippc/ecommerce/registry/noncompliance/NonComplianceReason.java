package org.ippc.ecommerce.registry.noncompliance;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a consignment did not comply, in the categories of ISPM 13. */
public enum NonComplianceReason {
    PEST_DETECTED("pest-detected"),
    PROHIBITED_ARTICLE("prohibited-article"),
    DOCUMENTS_MISSING_OR_INVALID("documents-missing-or-invalid"),
    IMPORT_REQUIREMENTS_NOT_MET("import-requirements-not-met"),
    UNDECLARED_GOODS("undeclared-goods"),
    OTHER("other");

    private final String code;

    NonComplianceReason(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
