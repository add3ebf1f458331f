package org.ippc.ecommerce.registry.requirement;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.registry.platform.CountryCode;
import org.ippc.ecommerce.registry.platform.Cursor;
import org.ippc.ecommerce.registry.product.HighRiskProduct;
import org.ippc.ecommerce.registry.product.HsCode;

@Path("/v1/countries/{country}/requirements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import requirements")
public class CountryRequirementsResource {
    private static final String STATUSES = "prohibited|prohibited-pending-pra|permit-required"
            + "|phytosanitary-certificate-required|conditions-apply|no-requirement";

    private final RequirementRepository requirements;
    private final Clock clock;

    CountryRequirementsResource(RequirementRepository requirements, Clock clock) {
        this.requirements = requirements;
        this.clock = clock;
    }

    @Schema(name = "CountryRequirement", description = "A product on the list and the country's requirement for it.")
    public record Item(
            long productId,
            String productName,
            String commodityClass,
            List<HsCode> hsCodes,
            RequirementView requirement) {}

    @Schema(
            name = "CountryRequirementPage",
            description = "One page of a country's requirements, in product order; pass `next` as `cursor`.")
    public record Page(
            String country,
            LocalDate date,
            List<Item> items,
            @Schema(nullable = true) String next) {}

    @GET
    @PermitAll
    @Operation(
            summary = "Everything a country requires for the products on the list (public)",
            description = "The country's prohibited and restricted goods, as the WCO asks each country to publish:"
                    + " every requirement in force on the date (default today), with its product and HS codes.")
    public Page list(
            @PathParam("country") @CountryCode String country,
            @QueryParam("date") LocalDate date,
            @QueryParam("status")
                    @Pattern(regexp = STATUSES)
                    @Parameter(description = "only the requirements of this status")
                    String status,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        List<Object[]> rows = requirements.ofCountry(country, day, status, Cursor.afterId(cursor), limit + 1);
        List<Item> items = rows.stream()
                .limit(limit)
                .map(row -> item((ImportRequirement) row[0], (HighRiskProduct) row[1]))
                .toList();
        String next = rows.size() > limit ? Cursor.of(items.getLast().productId()) : null;
        return new Page(country, day, items, next);
    }

    @GET
    @PermitAll
    @Produces("text/csv;qs=0.5") // JSON stays the answer to Accept: */*
    @Operation(summary = "The same list as CSV, every product at once, for a spreadsheet or a customs system (public)")
    public Response export(
            @PathParam("country") @CountryCode String country,
            @QueryParam("date") LocalDate date,
            @QueryParam("status") @Pattern(regexp = STATUSES) String status)
            throws JsonProcessingException {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        List<Item> items = requirements.ofCountry(country, day, status, 0, Integer.MAX_VALUE).stream()
                .map(row -> item((ImportRequirement) row[0], (HighRiskProduct) row[1]))
                .toList();
        return Response.ok(CountryRequirementsCsv.of(items), "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"requirements-%s-%s.csv\"".formatted(country, day))
                .build();
    }

    private static Item item(ImportRequirement requirement, HighRiskProduct product) {
        return new Item(
                product.id,
                product.name,
                product.commodityClass,
                List.copyOf(product.hsCodes),
                RequirementView.of(requirement));
    }
}
