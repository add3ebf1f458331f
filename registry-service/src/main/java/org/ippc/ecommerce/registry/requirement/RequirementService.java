package org.ippc.ecommerce.registry.requirement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ippc.ecommerce.registry.platform.Caller;
import org.ippc.ecommerce.registry.platform.History;
import org.ippc.ecommerce.registry.platform.Problems;
import org.ippc.ecommerce.registry.platform.Roles;
import org.ippc.ecommerce.registry.product.ProductService;

@ApplicationScoped
public class RequirementService {
    public static final String RECORD_TYPE = "requirement";

    private final RequirementRepository requirements;
    private final ProductService products;
    private final History history;
    private final Caller caller;
    private final Clock clock;

    RequirementService(
            RequirementRepository requirements, ProductService products, History history, Caller caller, Clock clock) {
        this.requirements = requirements;
        this.products = products;
        this.history = history;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Sets the NPPO's country's requirement for the product from a date. A requirement in force
     * with no end is ended the day the new one starts; any other overlap is a conflict.
     */
    @Transactional
    public RequirementView set(long productId, NewRequirement request) {
        products.find(productId);
        String country = caller.hasRole(Roles.NPPO) ? caller.country() : null;
        if (country == null) {
            throw Problems.forbidden("Only an NPPO sets its country's import requirements.");
        }
        if (request.effectiveTo() != null && !request.effectiveTo().isAfter(request.effectiveFrom())) {
            throw Problems.badRequest("effectiveTo must be after effectiveFrom (it is exclusive).");
        }
        List<ImportRequirement> overlapping =
                requirements.overlapping(productId, country, request.effectiveFrom(), request.effectiveTo());
        for (ImportRequirement earlier : overlapping) {
            boolean supersedable =
                    earlier.effectiveTo == null && earlier.effectiveFrom.isBefore(request.effectiveFrom());
            if (!supersedable) {
                throw Problems.conflict("It overlaps the requirement %d in force from %s%s; choose other dates."
                        .formatted(
                                earlier.id,
                                earlier.effectiveFrom,
                                earlier.effectiveTo == null ? "" : " to " + earlier.effectiveTo));
            }
            RequirementView before = RequirementView.of(earlier);
            earlier.effectiveTo = request.effectiveFrom();
            requirements.flush();
            history.record(
                    RECORD_TYPE,
                    earlier.id,
                    "superseded",
                    before,
                    RequirementView.of(earlier),
                    "A new requirement applies from " + request.effectiveFrom() + ".");
        }
        ImportRequirement requirement = new ImportRequirement();
        requirement.productId = productId;
        requirement.countryCode = country;
        requirement.status = request.status();
        requirement.legalBasis = request.legalBasis().strip();
        requirement.url = request.url();
        requirement.effectiveFrom = request.effectiveFrom();
        requirement.effectiveTo = request.effectiveTo();
        requirement.setBy = caller.name();
        requirement.setAt = Instant.now(clock);
        requirements.persist(requirement);
        requirements.flush();
        RequirementView created = RequirementView.of(requirement);
        history.record(RECORD_TYPE, requirement.id, "set", null, created, null);
        return created;
    }

    public ImportRequirement find(long productId, long id) {
        return requirements
                .findByIdOptional(id)
                .filter(requirement -> requirement.productId == productId)
                .orElseThrow(() -> Problems.notFound("Product %d has no requirement %d.".formatted(productId, id)));
    }
}
