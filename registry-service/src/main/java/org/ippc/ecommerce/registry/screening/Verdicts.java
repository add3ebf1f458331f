package org.ippc.ecommerce.registry.screening;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ippc.ecommerce.registry.requirement.Exemption;
import org.ippc.ecommerce.registry.requirement.ImportRequirement;
import org.ippc.ecommerce.registry.requirement.RequirementStatus;
import org.ippc.ecommerce.registry.screening.ScreeningResult.MatchedClass;
import org.ippc.ecommerce.registry.screening.ScreeningResult.MatchedProduct;
import org.ippc.ecommerce.registry.trader.TraderStatus;

/**
 * The verdict on one item and the rule that produced it, first rule that applies wins: R0 the title shows an
 * object, not plant material, or nothing is recognised; R7 the listing names a high-risk class but no listed
 * product; R1 a matched product is prohibited at destination; R2 it needs a permit or a phytosanitary
 * certificate; R3 conditions apply; R4 the destination recorded no requirement for it; R5 the
 * seller is suspended or deregistered; R6 the destination sets no requirement; R0 nothing recognised.
 */
final class Verdicts {
    record Verdict(String verdict, String rule) {}

    private static final Set<RequirementStatus> PROHIBITED =
            Set.of(RequirementStatus.PROHIBITED, RequirementStatus.PROHIBITED_PENDING_PRA);
    private static final Set<RequirementStatus> DOCUMENTS =
            Set.of(RequirementStatus.PERMIT_REQUIRED, RequirementStatus.PHYTOSANITARY_CERTIFICATE_REQUIRED);

    private Verdicts() {}

    /** The requirement's exemptions the declared quantity falls within, and those that set no quantity. */
    static List<Exemption> exemptionsThatMayApply(ImportRequirement requirement, ScreeningRequest.Quantity quantity) {
        return requirement.exemptions.stream()
                .filter(exemption -> quantity == null
                        ? exemption.covers(null, null)
                        : exemption.covers(quantity.value(), quantity.unit()))
                .toList();
    }

    /** The rule's words on the exemptions that may apply: their kinds and quantities, for the officer to confirm. */
    private static String unlessExempt(ImportRequirement requirement, ScreeningRequest.Quantity quantity) {
        List<Exemption> exemptions = exemptionsThatMayApply(requirement, quantity);
        if (exemptions.isEmpty()) {
            return "";
        }
        return ", unless exempt: "
                + exemptions.stream()
                        .map(e -> e.maxQuantity() == null
                                ? e.kind()
                                : "%s up to %d %s".formatted(e.kind(), e.maxQuantity(), e.unit()))
                        .collect(Collectors.joining("; "));
    }

    /** The documents the requirement names, else the one its status implies. */
    private static String documentsOf(ImportRequirement requirement) {
        if (!requirement.documents.isEmpty()) {
            return String.join(", ", requirement.documents);
        }
        return requirement.status == RequirementStatus.PERMIT_REQUIRED
                ? "an import permit"
                : "a phytosanitary certificate";
    }

    /** {@code sellerStatus} is null when the registry has no trader holding the seller's website or store. */
    static Verdict decide(
            List<MatchedProduct> matches,
            List<MatchedClass> classes,
            List<String> clearedBy,
            Map<Long, ImportRequirement> requirements,
            TraderStatus sellerStatus,
            String destination,
            ScreeningRequest.Quantity quantity) {
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
        for (ImportRequirement requirement : requirements.values()) {
            if (PROHIBITED.contains(requirement.status)) {
                return new Verdict(
                        "prohibited",
                        "R1: %s is %s in %s (%s)%s"
                                .formatted(
                                        names.get(requirement.productId),
                                        requirement.status.code(),
                                        destination,
                                        requirement.legalBasis,
                                        unlessExempt(requirement, quantity)));
            }
        }
        for (ImportRequirement requirement : requirements.values()) {
            if (DOCUMENTS.contains(requirement.status)) {
                return new Verdict(
                        "needs-documents",
                        "R2: %s needs %s in %s%s"
                                .formatted(
                                        names.get(requirement.productId),
                                        documentsOf(requirement),
                                        destination,
                                        unlessExempt(requirement, quantity)));
            }
        }
        for (ImportRequirement requirement : requirements.values()) {
            if (requirement.status == RequirementStatus.CONDITIONS_APPLY) {
                return new Verdict(
                        "review",
                        "R3: %s enters %s under conditions%s"
                                .formatted(
                                        names.get(requirement.productId),
                                        destination,
                                        unlessExempt(requirement, quantity)));
            }
        }
        for (Map.Entry<Long, String> product : names.entrySet()) {
            if (!requirements.containsKey(product.getKey())) {
                return new Verdict(
                        "review",
                        "R4: %s has recorded no requirement for %s".formatted(destination, product.getValue()));
            }
        }
        if (sellerStatus == TraderStatus.SUSPENDED || sellerStatus == TraderStatus.DEREGISTERED) {
            return new Verdict("review", "R5: the seller is %s in the registry".formatted(sellerStatus.code()));
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
