package org.ippc.ecommerce.network.organization;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization")
public record OrganizationView(
        long id, String name, OrganizationType type, String countryCode, String website, Instant createdAt) {

    static OrganizationView of(Organization organization) {
        return new OrganizationView(
                organization.id,
                organization.name,
                organization.type,
                organization.countryCode,
                organization.website,
                organization.createdAt);
    }
}
