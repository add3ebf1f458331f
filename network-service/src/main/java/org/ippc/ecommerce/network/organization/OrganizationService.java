package org.ippc.ecommerce.network.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.ippc.ecommerce.network.platform.Caller;
import org.ippc.ecommerce.network.platform.Problems;
import org.ippc.ecommerce.network.platform.Roles;
import org.ippc.ecommerce.network.rppo.RppoRepository;

@ApplicationScoped
public class OrganizationService {
    private final OrganizationRepository organizations;
    private final RppoRepository rppos;
    private final Caller caller;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, RppoRepository rppos, Caller caller, Clock clock) {
        this.organizations = organizations;
        this.rppos = rppos;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public OrganizationView create(NewOrganization request) {
        if (!caller.hasRole(Roles.SECRETARIAT)) {
            requireInCallersRegion(request.countryCode());
        }
        String name = request.name().strip();
        organizations.findByNameInCountry(name, request.countryCode()).ifPresent(existing -> {
            throw Problems.conflict(
                    "The organization '%s' is already recorded as %d.".formatted(existing.name, existing.id));
        });
        Organization organization = new Organization();
        organization.name = name;
        organization.type = request.type();
        organization.countryCode = request.countryCode();
        organization.website = request.website();
        organization.createdAt = Instant.now(clock);
        organization.createdBy = caller.name();
        organizations.persist(organization);
        return OrganizationView.of(organization);
    }

    private void requireInCallersRegion(String countryCode) {
        String rppo = caller.rppo();
        if (countryCode == null || !rppos.isMember(rppo, countryCode)) {
            throw Problems.forbidden("%s may record only organizations based in its member countries; %s is not one."
                    .formatted(rppo, countryCode == null ? "an organization without a country" : countryCode));
        }
    }

    public OrganizationView get(long id) {
        return organizations
                .findByIdOptional(id)
                .map(OrganizationView::of)
                .orElseThrow(() -> Problems.notFound("There is no organization " + id + "."));
    }
}
