package org.ippc.ecommerce.registry.requirement;

/** The documents a requirement may ask a consignment to travel with (a controlled vocabulary). */
final class RequiredDocuments {
    /** phytosanitary-certificate and its re-export form (ISPM 12), import-permit, and the usual attestations. */
    static final String CODES = "phytosanitary-certificate|phytosanitary-certificate-for-re-export|import-permit"
            + "|treatment-certificate|laboratory-test-report|certificate-of-origin|prior-notification";

    private RequiredDocuments() {}
}
