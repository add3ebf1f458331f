package org.ippc.ecommerce.registry.trader;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.CountryCode;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Problems;

@Path("/v1/verification")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traders")
public class VerificationResource {
    private final TraderService service;
    private final MarketplaceDomains marketplaces;

    VerificationResource(TraderService service, MarketplaceDomains marketplaces) {
        this.service = service;
        this.marketplaces = marketplaces;
    }

    @Schema(name = "Verification", description = "Whether an address, store or number belongs to a registered trader.")
    public record Verification(
            boolean known,

            @Schema(nullable = true, description = "public fields of the trader, when known")
            PublicTrader trader) {}

    @GET
    @Operation(
            summary = "Verify a trader (public)",
            description = "Give exactly one of a registration number, a country and the number its NPPO's own"
                    + " register gives the trader, an address on the trader's website or of its store's page on a"
                    + " marketplace, or a marketplace platform and store id.",
            extensions = @Extension(name = OpenApiConventions.RATE_LIMIT, value = "verification"))
    public Verification verify(
            @QueryParam("registrationNumber") @Size(max = 10) String registrationNumber,
            @QueryParam("country") @CountryCode String country,
            @QueryParam("nationalRegisterNumber") @Size(max = 100) String nationalRegisterNumber,
            @QueryParam("url") @Size(max = 2000) String url,
            @QueryParam("platform") @Size(max = 100) String platform,
            @QueryParam("storeId") @Size(max = 200) String storeId) {
        int given = (registrationNumber != null ? 1 : 0)
                + (nationalRegisterNumber != null ? 1 : 0)
                + (url != null ? 1 : 0)
                + (storeId != null ? 1 : 0);
        if (given != 1
                || (storeId != null) != (platform != null)
                || (nationalRegisterNumber != null) != (country != null)) {
            throw Problems.badRequest("Give exactly one of: registrationNumber; country with nationalRegisterNumber;"
                    + " url; platform with storeId.");
        }
        Optional<PublicTrader> trader;
        if (registrationNumber != null) {
            trader = service.publicTrader(registrationNumber);
        } else if (nationalRegisterNumber != null) {
            trader = service.publicTrader(country, nationalRegisterNumber);
        } else {
            trader = service.publicHolderOf(
                    url != null
                            ? marketplaces.requiredSellerKeys(url)
                            : List.of(PresenceKeys.store(platform, storeId)));
        }
        return trader.map(t -> new Verification(true, t)).orElse(new Verification(false, null));
    }
}
