package org.ippc.ecommerce.registry.screening;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ippc.ecommerce.registry.requirement.ImportRequirement;
import org.ippc.ecommerce.registry.requirement.RequirementRepository;
import org.ippc.ecommerce.registry.requirement.RequirementRepository.CountryProduct;
import org.ippc.ecommerce.registry.requirement.RequirementView;

/** The high-risk products a text or an HS code points to, each with a destination's requirement for it. */
@ApplicationScoped
public class RequirementLookupService {
    private final ProductMatcher matcher;
    private final RequirementRepository requirements;

    RequirementLookupService(ProductMatcher matcher, RequirementRepository requirements) {
        this.matcher = matcher;
        this.requirements = requirements;
    }

    /**
     * The products the text (in any language) or the HS code points to, with the requirement in force on the date
     * for goods from the origin (the one for every origin when the origin is not given).
     */
    public RequirementLookup lookup(
            String destination, String origin, String text, String hsCode, LocalDate date, String language) {
        ProductMatcher.Snapshot snapshot = matcher.current();
        Map<Long, TreeSet<String>> reasons = new LinkedHashMap<>();
        if (text != null) {
            snapshot.recognizer().recognize(Map.of("text", text)).products().forEach(found -> reasons.computeIfAbsent(
                            found.productId(), id -> new TreeSet<>())
                    .add("term:" + found.language() + ":" + found.matchedBy()));
        }
        if (hsCode != null) {
            snapshot.products().idsByHsCode(hsCode).forEach(id -> reasons.computeIfAbsent(id, i -> new TreeSet<>())
                    .add("hs:" + hsCode));
        }
        if (reasons.isEmpty()) {
            return new RequirementLookup(destination, origin, date, List.of());
        }
        Map<Long, List<ImportRequirement>> inForce = requirements
                .inForce(
                        reasons.keySet().stream()
                                .map(id -> new CountryProduct(destination, id))
                                .toList(),
                        date)
                .stream()
                .collect(Collectors.groupingBy(r -> r.productId));
        List<RequirementLookupProduct> found = reasons.keySet().stream()
                .sorted()
                .map(snapshot.products()::get)
                .map(p -> new RequirementLookupProduct(
                        p.id(),
                        p.nameIn(language).text(),
                        p.nameIn(language).language(),
                        p.commodityClass(),
                        List.copyOf(reasons.get(p.id())),
                        ImportRequirement.applicable(inForce.getOrDefault(p.id(), List.of()), origin)
                                .map(RequirementView::of)
                                .orElse(null)))
                .toList();
        return new RequirementLookup(destination, origin, date, found);
    }
}
