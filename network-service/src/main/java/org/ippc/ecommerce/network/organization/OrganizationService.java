package org.ippc.ecommerce.network.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ippc.ecommerce.network.rppo.RppoRepository;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.History;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.KeysetPage;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versioned;
import org.ippc.ecommerce.platform.Versions;

@ApplicationScoped
public class OrganizationService {
    private static final String RECORD_TYPE = "organization";

    private final OrganizationRepository organizations;
    private final RppoRepository rppos;
    private final History history;
    private final Caller caller;
    private final Clock clock;

    OrganizationService(
            OrganizationRepository organizations, RppoRepository rppos, History history, Caller caller, Clock clock) {
        this.organizations = organizations;
        this.rppos = rppos;
        this.history = history;
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
        organizations.flush();
        OrganizationView created = OrganizationView.of(organization);
        history.record(RECORD_TYPE, organization.id, "recorded", null, created, null);
        return created;
    }

    /**
     * Replaces name, type, country and website; by the Secretariat, or an RPPO within its region. A
     * replacement that changes nothing leaves the version and the history as they were.
     */
    @Transactional
    public Versioned<OrganizationView> replace(long id, String ifMatch, NewOrganization request) {
        Organization organization = find(id);
        if (!caller.hasRole(Roles.SECRETARIAT)) {
            requireInCallersRegion(organization.countryCode);
            requireInCallersRegion(request.countryCode());
        }
        Versions.requireMatch(ifMatch, organization.version);
        String name = request.name().strip();
        organizations
                .findByNameInCountry(name, request.countryCode())
                .filter(other -> !other.id.equals(id))
                .ifPresent(other -> {
                    throw Problems.conflict(
                            "The organization '%s' is already recorded as %d.".formatted(other.name, other.id));
                });
        OrganizationView before = OrganizationView.of(organization);
        organization.name = name;
        organization.type = request.type();
        organization.countryCode = request.countryCode();
        organization.website = request.website();
        OrganizationView after = OrganizationView.of(organization);
        if (!after.equals(before)) {
            organizations.flush();
            history.record(RECORD_TYPE, id, "updated", before, after, null);
        }
        return versioned(organization);
    }

    public Versioned<OrganizationView> get(long id) {
        return versioned(find(id));
    }

    public OrganizationPage search(OrganizationQuery query, String cursor, int limit) {
        KeysetPage<OrganizationView> page = KeysetPage.fetch(
                cursor,
                limit,
                (afterId, size) -> organizations.page(query, afterId, size),
                organization -> organization.id,
                OrganizationView::of);
        return new OrganizationPage(page.items(), page.next());
    }

    /** Every change to the organization, read by the Secretariat, or an RPPO for those it may edit. */
    public List<HistoryView> history(long id) {
        Organization organization = find(id);
        if (!caller.hasRole(Roles.SECRETARIAT)) {
            requireInCallersRegion(organization.countryCode);
        }
        return history.of(RECORD_TYPE, id);
    }

    private Organization find(long id) {
        return organizations
                .findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("There is no organization " + id + "."));
    }

    private static Versioned<OrganizationView> versioned(Organization organization) {
        return new Versioned<>(OrganizationView.of(organization), organization.version);
    }

    private void requireInCallersRegion(String countryCode) {
        String rppo = caller.rppo();
        if (countryCode == null || !rppos.isMember(rppo, countryCode)) {
            throw Problems.forbidden("%s may record only organizations based in its member countries; %s is not one."
                    .formatted(rppo, countryCode == null ? "an organization without a country" : countryCode));
        }
    }
}
