package org.ippc.ecommerce.network.rppo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One country's membership of an RPPO: {@code member}, {@code associate} or {@code unconfirmed}. */
@Embeddable
public class RppoMembership {
    @Column(name = "country_code")
    public String countryCode;

    public String membership;
}
