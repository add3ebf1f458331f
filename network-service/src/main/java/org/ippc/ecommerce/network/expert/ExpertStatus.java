package org.ippc.ecommerce.network.expert;

/** {@code active} during the term; {@code inactive} when it ended; {@code withdrawn} on request. */
public final class ExpertStatus {
    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";
    public static final String WITHDRAWN = "withdrawn";

    private ExpertStatus() {}
}
