package org.ippc.ecommerce.registry.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.CountryCode;

@Schema(name = "ScreeningRequest", description = "Up to 1,000 listings or parcel declarations.")
public record ScreeningRequest(
        @NotEmpty @Schema(maxItems = 1000) List<@NotNull @Valid Item> items) {

    @Schema(name = "ScreeningItem")
    public record Item(
            @NotBlank @Size(max = 100) @Schema(description = "the caller's own id, echoed back")
            String id,

            @NotBlank @Size(max = 1000) String title,
            @Size(max = 10000) String description,

            @Size(max = 2000) @Schema(description = "any address on the seller's website")
            String sellerUrl,

            @Valid Marketplace marketplace,

            @Pattern(regexp = "[0-9]{2}(\\.?[0-9]{2}){0,3}") @Schema(examples = "1209.91")
            String hsCode,

            @CountryCode String originCountry,
            @NotNull @CountryCode String destinationCountry) {}

    @Schema(name = "Marketplace", description = "The seller's marketplace store.")
    public record Marketplace(
            @NotBlank @Size(max = 100) @Schema(examples = "etsy")
            String platform,

            @NotBlank @Size(max = 200) String storeId) {}
}
