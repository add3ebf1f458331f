package org.ippc.ecommerce.registry.screening;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ippc.ecommerce.registry.screening.ScreeningResult.MatchedClass;
import org.ippc.ecommerce.registry.screening.ScreeningResult.MatchedProduct;
import org.ippc.ecommerce.registry.screening.ScreeningResult.Requirement;

/**
 * The verdict on one item and the rule that produced it, first rule that applies wins: R0 the title shows an
 * object, not plant material, or nothing is recognised; R7 the listing names a high-risk class but no listed
 * product; R1 a matched product is prohibited at destination; R2 it needs a permit or a phytosanitary
 * certificate; R3 conditions apply; R4 the destination recorded no requirement for it; R5 the
 * seller is suspended or deregistered; R6 the destination sets no requirement; R0 nothing recognised.
 */
final class Verdicts {
    record Verdict(String verdict, String rule) {}

    private static final Set<String> PROHIBITED = Set.of("prohibited", "prohibited-pending-pra");
    private static final Set<String> DOCUMENTS = Set.of("permit-required", "phytosanitary-certificate-required");

    private Verdicts() {}

    static Verdict decide(
            List<MatchedProduct> matches,
            List<MatchedClass> classes,
            List<String> clearedBy,
            Map<Long, Requirement> requirements,
            String sellerStatus,
            String destination) {
        if (matches.isEmpty() && !clearedBy.isEmpty()) {
            return new Verdict(
                    "clear",
                    "R0: an object, not plant material (%s in the title)".formatted(String.join(", ", clearedBy)));
        }
        if (matches.isEmpty() && !classes.isEmpty()) {
            return new Verdict(
                    "review",
                    "R7: names %s (%s), but no product on the list: check it as %s"
                            .formatted(
                                    classes.getFirst().commodityClass(),
                                    classes.getFirst().matchedBy(),
                                    classes.getFirst().commodityClass()));
        }
        if (matches.isEmpty()) {
            return new Verdict("clear", "R0: no high-risk product or class recognised");
        }
        Map<Long, String> names = matches.stream()
                .collect(Collectors.toMap(MatchedProduct::productId, MatchedProduct::productName, (a, b) -> a));
        for (Requirement requirement : requirements.values()) {
            if (PROHIBITED.contains(requirement.status())) {
                return new Verdict(
                        "prohibited",
                        "R1: %s is %s in %s (%s)"
                                .formatted(
                                        names.get(requirement.productId()),
                                        requirement.status(),
                                        destination,
                                        requirement.legalBasis()));
            }
        }
        for (Requirement requirement : requirements.values()) {
            if (DOCUMENTS.contains(requirement.status())) {
                return new Verdict(
                        "needs-documents",
                        "R2: %s needs %s in %s"
                                .formatted(
                                        names.get(requirement.productId()),
                                        requirement.status().equals("permit-required")
                                                ? "an import permit"
                                                : "a phytosanitary certificate",
                                        destination));
            }
        }
        for (Requirement requirement : requirements.values()) {
            if (requirement.status().equals("conditions-apply")) {
                return new Verdict(
                        "review",
                        "R3: %s enters %s under conditions".formatted(names.get(requirement.productId()), destination));
            }
        }
        for (Map.Entry<Long, String> product : names.entrySet()) {
            if (!requirements.containsKey(product.getKey())) {
                return new Verdict(
                        "review",
                        "R4: %s has recorded no requirement for %s".formatted(destination, product.getValue()));
            }
        }
        if (sellerStatus.equals("suspended") || sellerStatus.equals("deregistered")) {
            return new Verdict("review", "R5: the seller is %s in the registry".formatted(sellerStatus));
        }
        return new Verdict(
                "clear",
                "R6: %s sets no requirement for %s"
                        .formatted(
                                destination,
                                String.join(
                                        ", ", names.values().stream().sorted().toList())));
    }
}
