package org.ippc.ecommerce.registry.screening;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.registry.guidance.GuidanceLink;
import org.ippc.ecommerce.registry.requirement.Exemption;
import org.ippc.ecommerce.registry.requirement.ImportRequirement;
import org.ippc.ecommerce.registry.requirement.RequirementView;

@Schema(name = "ScreeningResult")
public record ScreeningResult(
        List<ItemResult> items,
        @Schema(description = "items per verdict") Map<String, Integer> counts,

        @Schema(
                description = "false when resources-service could not be asked for guidance: the items then carry"
                        + " no guidance links, but every verdict stands")
        boolean guidanceAvailable) {

    @Schema(name = "ScreenedItem")
    public record ItemResult(
            String id,

            @Schema(enumeration = {"prohibited", "needs-documents", "review", "clear"})
            String verdict,

            @Schema(description = "the rule that produced the verdict")
            String rule,

            List<MatchedProduct> matches,

            @Schema(description = "the commodity classes the listing names by their generic words (seeds, Samen, 種...)")
            List<MatchedClass> classes,

            @Schema(
                    description = "the words of the title that make the listing an object, not plant material"
                            + " (artificial, phone case...): they clear what its text matched")
            List<String> clearedBy,

            List<Requirement> requirements,
            Seller seller,

            @Schema(description = "published IPPC resources on the commodity classes of the matched products")
            List<GuidanceLink> guidance) {}

    @Schema(name = "MatchedProduct", description = "A high-risk product found, and where.")
    public record MatchedProduct(
            long productId,

            @Schema(description = "in the language asked for where the product has a name in it")
            String productName,

            @Schema(description = "the language of productName", examples = "fr")
            String productNameLanguage,

            String commodityClass,

            @Schema(description = "the search term, scientific name or EPPO code, or hs:<code>")
            String matchedBy,

            @Schema(nullable = true, description = "ISO 639-1; la for a scientific name, eppo for an EPPO code")
            String language,

            @Schema(examples = "title") String field) {}

    @Schema(name = "MatchedClass", description = "A commodity class named by its generic words, and where.")
    public record MatchedClass(
            String commodityClass,

            @Schema(description = "the word or phrase of the class")
            String matchedBy,

            String language,
            @Schema(examples = "title") String field) {}

    @Schema(
            name = "ScreeningRequirement",
            description = "The destination's requirement for a matched product today, for goods from the item's origin"
                    + " (the one for every origin when the item names none).")
    public record Requirement(
            long productId,
            String status,
            String legalBasis,

            @Schema(nullable = true, description = "the legal text")
            String url,

            @Schema(description = "the origins it applies to; empty: every origin")
            List<String> origins,

            @Schema(description = "the documents the consignment must travel with")
            List<String> documents,

            @Schema(description = "the conditions of entry in words, by language")
            Map<String, String> conditions,

            List<Exemption> exemptions,

            @Schema(
                    description = "the exemptions the item's declared quantity falls within, and those that set no"
                            + " quantity: whether the consignment is for personal use, research... is for the officer"
                            + " to confirm")
            List<Exemption> exemptionsThatMayApply) {

        static Requirement of(ImportRequirement requirement, ScreeningRequest.Quantity quantity) {
            RequirementView view = RequirementView.of(requirement);
            return new Requirement(
                    view.productId(),
                    view.status(),
                    view.legalBasis(),
                    view.url(),
                    view.origins(),
                    view.documents(),
                    view.conditions(),
                    view.exemptions(),
                    Verdicts.exemptionsThatMayApply(requirement, quantity));
        }
    }

    @Schema(name = "Seller")
    public record Seller(
            @Schema(enumeration = {"registered", "suspended", "deregistered", "unknown"})
            String status,

            @Schema(nullable = true) String registrationNumber,
            @Schema(nullable = true) String countryCode,

            @Schema(
                    nullable = true,
                    enumeration = {"store", "website", "sender-name"},
                    description = "how the registered trader was found: the marketplace store, the seller's website,"
                            + " or the sender's name among the traders of the sender's country")
            String foundBy,

            @Schema(
                    nullable = true,
                    description = "with sender-name: how alike the names are without their legal forms, 0 to 1")
            Double score,

            @Schema(nullable = true, description = "with sender-name: the registered name the sender's is like")
            String matchedName) {}
}
