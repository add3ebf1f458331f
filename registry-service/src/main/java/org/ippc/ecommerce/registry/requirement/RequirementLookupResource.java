package org.ippc.ecommerce.registry.requirement;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.registry.platform.CountryCode;
import org.ippc.ecommerce.registry.platform.Problems;
import org.ippc.ecommerce.registry.product.HighRiskProduct;
import org.ippc.ecommerce.registry.product.ProductRepository;
import org.ippc.ecommerce.registry.screening.ProductMatcher;

@Path("/v1/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import requirements")
public class RequirementLookupResource {
    private final ProductMatcher matcher;
    private final ProductRepository products;
    private final RequirementRepository requirements;
    private final Clock clock;

    RequirementLookupResource(
            ProductMatcher matcher, ProductRepository products, RequirementRepository requirements, Clock clock) {
        this.matcher = matcher;
        this.products = products;
        this.requirements = requirements;
        this.clock = clock;
    }

    @Schema(name = "RequirementLookup")
    public record Lookup(String destination, LocalDate date, List<Found> products) {}

    @Schema(name = "RequirementLookupProduct")
    public record Found(
            long productId,
            String name,
            String commodityClass,

            @Schema(description = "the terms and HS code that found the product")
            List<String> matchedBy,

            @Schema(nullable = true, description = "none recorded when absent")
            RequirementView requirement) {}

    @GET
    @PermitAll
    @Operation(
            summary = "What does a country require for this product? (public)",
            description = "The high-risk products a text (in any language) or an HS code points to, with the"
                    + " destination's requirement in force on the date (default today).")
    public Lookup lookup(
            @QueryParam("destination") @NotNull @CountryCode String destination,
            @QueryParam("text") @Size(max = 2000) String text,
            @QueryParam("hsCode") @Pattern(regexp = "[0-9]{2}(\\.?[0-9]{2}){0,3}") String hsCode,
            @QueryParam("date") LocalDate date) {
        if ((text == null || text.isBlank()) && hsCode == null) {
            throw Problems.badRequest("Give a text, an HS code, or both.");
        }
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        Map<Long, TreeSet<String>> reasons = new LinkedHashMap<>();
        if (text != null) {
            matcher.current().recognize(Map.of("text", text)).products().forEach(found -> reasons.computeIfAbsent(
                            found.productId(), id -> new TreeSet<>())
                    .add("term:" + found.language() + ":" + found.matchedBy()));
        }
        if (hsCode != null) {
            products.idsByHsCode(hsCode).forEach(id -> reasons.computeIfAbsent(id, i -> new TreeSet<>())
                    .add("hs:" + hsCode));
        }
        if (reasons.isEmpty()) {
            return new Lookup(destination, day, List.of());
        }
        Map<Long, ImportRequirement> inForce =
                requirements.inForce(List.of(destination), reasons.keySet(), day).stream()
                        .collect(Collectors.toMap(r -> r.productId, Function.identity()));
        List<Found> found = products.list("id in ?1 order by id", reasons.keySet()).stream()
                .map((HighRiskProduct p) -> new Found(
                        p.id,
                        p.name,
                        p.commodityClass,
                        List.copyOf(reasons.get(p.id)),
                        inForce.containsKey(p.id) ? RequirementView.of(inForce.get(p.id)) : null))
                .toList();
        return new Lookup(destination, day, found);
    }
}
