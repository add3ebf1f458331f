package org.ippc.ecommerce.network.nomination;

/** {@code nominated} until the Secretariat decides: {@code accepted} or {@code declined}. */
public final class NominationStatus {
    public static final String NOMINATED = "nominated";
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";

    private NominationStatus() {}
}
