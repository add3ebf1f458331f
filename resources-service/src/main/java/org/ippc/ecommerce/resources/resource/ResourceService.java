package org.ippc.ecommerce.resources.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.ippc.ecommerce.resources.platform.Caller;
import org.ippc.ecommerce.resources.platform.Problems;
import org.ippc.ecommerce.resources.platform.Roles;
import org.ippc.ecommerce.resources.resourcetype.ResourceTypeRepository;

@ApplicationScoped
public class ResourceService {
    static final String SUBMITTED = "submitted";

    private final ResourceRepository resources;
    private final ResourceTypeRepository types;
    private final Caller caller;
    private final Clock clock;

    ResourceService(ResourceRepository resources, ResourceTypeRepository types, Caller caller, Clock clock) {
        this.resources = resources;
        this.types = types;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ResourceView submit(NewResource request) {
        if (!types.exists(request.type())) {
            throw Problems.badRequest(
                    "Unknown resource type '%s'; see /v1/resource-types for the list.".formatted(request.type()));
        }
        String org = caller.org();
        resources.findByOrgAndUrl(org, request.url()).ifPresent(existing -> {
            throw Problems.conflict(
                    "%s already submitted %s as resource %d.".formatted(org, existing.url, existing.id));
        });
        ContributedResource resource = new ContributedResource();
        resource.title = request.title().strip();
        resource.summary = request.summary().strip();
        resource.language = request.language();
        resource.type = request.type();
        resource.url = request.url();
        resource.consentToPublish = request.consentToPublish();
        resource.contributorOrg = org;
        resource.status = SUBMITTED;
        resource.submittedAt = Instant.now(clock);
        resource.submittedBy = caller.name();
        resources.persist(resource);
        return ResourceView.of(resource);
    }

    /** A submission as seen by the Secretariat or by its contributor's organization; nobody else. */
    public ResourceView get(long id) {
        ContributedResource resource =
                resources.findByIdOptional(id).orElseThrow(() -> Problems.notFound("There is no resource " + id + "."));
        if (!caller.hasRole(Roles.SECRETARIAT) && !resource.contributorOrg.equals(caller.org())) {
            throw Problems.forbidden("Resource %d was submitted by another organization.".formatted(id));
        }
        return ResourceView.of(resource);
    }
}
