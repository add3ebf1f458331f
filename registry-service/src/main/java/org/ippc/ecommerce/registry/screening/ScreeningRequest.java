package org.ippc.ecommerce.registry.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
            @NotNull @CountryCode String destinationCountry,

            @Valid
            @Schema(description = "a parcel declaration's sender, which finds the seller when no URL or store is given")
            Sender sender,

            @Valid @Schema(description = "the quantity declared (CN 23: quantity; or net weight, in kilograms)")
            Quantity quantity) {}

    @Schema(name = "Quantity", description = "A quantity declared, with its unit.")
    public record Quantity(
            @NotNull @Positive @Schema(examples = "3") BigDecimal value,

            @NotNull
            @Pattern(regexp = "items|plants|seeds|packets|grams|kilograms")
            @Schema(enumeration = {"items", "plants", "seeds", "packets", "grams", "kilograms"})
            String unit) {}

    /** The sender of a CN 22 / CN 23 declaration (the WCO data model's consignor). */
    @Schema(
            name = "Sender",
            description = "The sender of a parcel declaration (CN 22 / CN 23; WCO data model: consignor).")
    public record Sender(
            @Size(max = 300) @Schema(description = "the sender's name or business", examples = "Graines du Monde")
            String name,

            @Size(max = 1000) @Schema(description = "street, postcode and city")
            String address,

            @CountryCode @Schema(description = "the country the parcel is sent from", examples = "FR")
            String countryCode) {}

    @Schema(name = "Marketplace", description = "The seller's marketplace store.")
    public record Marketplace(
            @NotBlank @Size(max = 100) @Schema(examples = "etsy")
            String platform,

            @NotBlank @Size(max = 200) String storeId) {}
}
