package org.ippc.ecommerce.registry.requirement;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.History;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.KeysetPage;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versioned;
import org.ippc.ecommerce.platform.Versions;
import org.ippc.ecommerce.registry.change.ChangeFeed;
import org.ippc.ecommerce.registry.change.ChangeFeed.Change;
import org.ippc.ecommerce.registry.product.ProductService;

@ApplicationScoped
public class RequirementService {
    private static final String RECORD_TYPE = "requirement";

    private final RequirementRepository requirements;
    private final ProductService products;
    private final History history;
    private final ChangeFeed changes;
    private final Caller caller;
    private final Clock clock;

    RequirementService(
            RequirementRepository requirements,
            ProductService products,
            History history,
            ChangeFeed changes,
            Caller caller,
            Clock clock) {
        this.changes = changes;
        this.requirements = requirements;
        this.products = products;
        this.history = history;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Sets the NPPO's country's requirement for the product from a date. A requirement in force
     * with no end, for the same origins, is ended the day the new one starts; any other overlap of
     * period and origins is a conflict.
     */
    @Transactional
    public RequirementView set(long productId, NewRequirement request) {
        return RequirementView.of(setInOwnCountry(productId, request));
    }

    /**
     * Sets the requirement within the caller's transaction, every check made before anything is written: a refusal
     * (an exception) leaves the transaction as it was, so an import can go on with its next line.
     */
    ImportRequirement setInOwnCountry(long productId, NewRequirement request) {
        products.listed(productId);
        String country = caller.hasRole(Roles.NPPO) ? caller.country() : null;
        if (country == null) {
            throw Problems.forbidden("Only an NPPO sets its country's import requirements.");
        }
        requireWellFormed(request);
        requirements.lockOrigins(productId, country);
        List<ImportRequirement> overlapping =
                requirements.overlapping(productId, country, request.effectiveFrom(), request.effectiveTo()).stream()
                        .filter(earlier -> sharesAnOrigin(earlier, request.origins()))
                        .toList();
        for (ImportRequirement earlier : overlapping) {
            boolean supersedable = earlier.effectiveTo == null
                    && earlier.effectiveFrom.isBefore(request.effectiveFrom())
                    && Set.copyOf(earlier.origins).equals(Set.copyOf(request.origins()));
            if (!supersedable) {
                throw overlapConflict(earlier);
            }
        }
        for (ImportRequirement earlier : overlapping) {
            RequirementView before = RequirementView.of(earlier);
            earlier.effectiveTo = request.effectiveFrom();
            requirements.flush();
            RequirementView superseded = RequirementView.of(earlier);
            history.record(
                    RECORD_TYPE,
                    earlier.id,
                    "superseded",
                    before,
                    superseded,
                    "A new requirement applies from " + request.effectiveFrom() + ".");
            changes.record(new Change("requirement.superseded", earlier.id, superseded));
        }
        ImportRequirement requirement = new ImportRequirement();
        requirement.productId = productId;
        requirement.countryCode = country;
        apply(request, requirement);
        requirement.setBy = caller.name();
        requirement.setAt = Instant.now(clock);
        requirements.persist(requirement);
        requirements.flush();
        RequirementView set = RequirementView.of(requirement);
        history.record(RECORD_TYPE, requirement.id, "set", null, set, null);
        changes.record(new Change("requirement.set", requirement.id, set));
        return requirement;
    }

    /**
     * Corrects a requirement of the NPPO's own country: its status, legal basis, link or period (to end it, say). Unlike
     * setting one, a correction supersedes nothing: a period that would overlap another is a conflict.
     */
    @Transactional
    public Versioned<RequirementView> correct(long productId, long id, String ifMatch, NewRequirement request) {
        ImportRequirement requirement = find(productId, id);
        if (!caller.hasRole(Roles.NPPO) || !requirement.countryCode.equals(caller.country())) {
            throw Problems.forbidden(
                    "Only the NPPO of %s corrects its requirements.".formatted(requirement.countryCode));
        }
        Versions.requireMatch(ifMatch, requirement.version);
        return versioned(correct(requirement, request));
    }

    /** Corrects the requirement within the caller's transaction, every check made before anything is written. */
    ImportRequirement correct(ImportRequirement requirement, NewRequirement request) {
        long productId = requirement.productId;
        long id = requirement.id;
        requireWellFormed(request);
        requirements.lockOrigins(productId, requirement.countryCode);
        requirements
                .overlapping(productId, requirement.countryCode, request.effectiveFrom(), request.effectiveTo())
                .stream()
                .filter(other -> !other.id.equals(requirement.id) && sharesAnOrigin(other, request.origins()))
                .findFirst()
                .ifPresent(other -> {
                    throw overlapConflict(other);
                });
        RequirementView before = RequirementView.of(requirement);
        apply(request, requirement);
        RequirementView after = RequirementView.of(requirement);
        if (after.equals(before)) {
            return requirement;
        }
        requirement.setBy = caller.name();
        requirement.setAt = Instant.now(clock);
        requirements.flush();
        history.record(RECORD_TYPE, id, "corrected", before, after, null);
        changes.record(new Change("requirement.corrected", id, after));
        return requirement;
    }

    /** Whether the request would leave the requirement as it reads. */
    static boolean leavesUnchanged(ImportRequirement requirement, NewRequirement request) {
        ImportRequirement corrected = new ImportRequirement();
        corrected.id = requirement.id;
        corrected.productId = requirement.productId;
        corrected.countryCode = requirement.countryCode;
        apply(request, corrected);
        return RequirementView.of(corrected).equals(RequirementView.of(requirement));
    }

    public Versioned<RequirementView> read(long productId, long id) {
        return versioned(find(productId, id));
    }

    public List<HistoryView> history(long productId, long id) {
        find(productId, id);
        return history.of(RECORD_TYPE, id);
    }

    /** The product's requirements, of one country when given, in force on the date when given. */
    public List<RequirementView> ofProduct(long productId, String country, LocalDate date) {
        products.find(productId);
        return requirements.of(productId, country).stream()
                .filter(requirement -> date == null || requirement.inForceOn(date))
                .map(RequirementView::of)
                .toList();
    }

    /**
     * One page of the country's requirements in force on the date for products on the list, in product order: a
     * product may have one for every origin and others for named origins.
     */
    public CountryRequirementPage ofCountry(String country, LocalDate date, String status, String cursor, int limit) {
        RequirementStatus ofStatus = statusNamed(status);
        KeysetPage<CountryRequirement> page = KeysetPage.fetch(
                cursor,
                limit,
                (afterId, size) -> requirements.ofCountry(country, date, ofStatus, afterId, size),
                row -> row.requirement().id,
                row -> CountryRequirement.of(row.requirement(), row.product()));
        return new CountryRequirementPage(country, date, page.items(), page.next());
    }

    /** Every one of the country's requirements in force on the date, of one status when given, in product order. */
    public List<CountryRequirement> allOfCountry(String country, LocalDate date, String status) {
        return requirements.ofCountry(country, date, statusNamed(status), 0, Integer.MAX_VALUE).stream()
                .map(row -> CountryRequirement.of(row.requirement(), row.product()))
                .toList();
    }

    /** The status a list is filtered by; none when no status is named. */
    private static RequirementStatus statusNamed(String code) {
        return code == null ? null : RequirementStatus.fromString(code);
    }

    private ImportRequirement find(long productId, long id) {
        return requirements
                .findByIdOptional(id)
                .filter(requirement -> requirement.productId == productId)
                .orElseThrow(() -> Problems.notFound("Product %d has no requirement %d.".formatted(productId, id)));
    }

    private static void requireWellFormed(NewRequirement request) {
        if (request.effectiveTo() != null && !request.effectiveTo().isAfter(request.effectiveFrom())) {
            throw Problems.badRequest("effectiveTo must be after effectiveFrom (it is exclusive).");
        }
        for (Exemption exemption : request.exemptions()) {
            if ((exemption.maxQuantity() == null) != (exemption.unit() == null)) {
                throw Problems.badRequest("An exemption's maxQuantity and unit go together: give both or neither.");
            }
        }
    }

    /** Whether two requirements would apply to goods of one origin: both to every origin, or both to a named one. */
    private static boolean sharesAnOrigin(ImportRequirement other, List<String> origins) {
        return other.origins.isEmpty() == origins.isEmpty()
                && (origins.isEmpty() || other.origins.stream().anyMatch(origins::contains));
    }

    private static HttpProblem overlapConflict(ImportRequirement other) {
        return Problems.conflict("It overlaps the requirement %d in force from %s%s%s; choose other dates or origins."
                .formatted(
                        other.id,
                        other.effectiveFrom,
                        other.effectiveTo == null ? "" : " to " + other.effectiveTo,
                        other.origins.isEmpty()
                                ? " for every origin"
                                : " for origins " + String.join(", ", other.origins)));
    }

    private static void apply(NewRequirement request, ImportRequirement requirement) {
        requirement.status = RequirementStatus.fromString(request.status());
        requirement.legalBasis = request.legalBasis().strip();
        requirement.url = request.url();
        requirement.effectiveFrom = request.effectiveFrom();
        requirement.effectiveTo = request.effectiveTo();
        requirement.origins = request.origins().stream().distinct().sorted().toList();
        requirement.conditions = new TreeMap<>(request.conditions());
        requirement.documents = request.documents().stream().distinct().toList();
        requirement.exemptions = List.copyOf(request.exemptions());
    }

    private static Versioned<RequirementView> versioned(ImportRequirement requirement) {
        return new Versioned<>(RequirementView.of(requirement), requirement.version);
    }
}
