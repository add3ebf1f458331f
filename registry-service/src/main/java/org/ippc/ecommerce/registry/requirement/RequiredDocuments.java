package org.ippc.ecommerce.registry.requirement;

import java.util.List;

/** The documents a requirement may ask a consignment to travel with (a controlled vocabulary). */
public final class RequiredDocuments {
    /** phytosanitary-certificate and its re-export form (ISPM 12), import-permit, and the usual attestations. */
    public static final String CODES = "phytosanitary-certificate|phytosanitary-certificate-for-re-export|import-permit"
            + "|treatment-certificate|laboratory-test-report|certificate-of-origin|prior-notification";

    private RequiredDocuments() {}

    public static List<String> codes() {
        return List.of(CODES.split("\\|"));
    }
}
