package org.ippc.ecommerce.registry.requirement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.OfficialLanguage;

/** A case the requirement does not apply to, such as a few packets of seeds for personal use. */
@Schema(name = "Exemption", description = "A case the requirement does not apply to.")
public record Exemption(
        @NotNull
        @Pattern(regexp = "personal-use|small-quantity|scientific-research|in-transit|other")
        @Schema(enumeration = {"personal-use", "small-quantity", "scientific-research", "in-transit", "other"})
        String kind,

        @Positive @Schema(nullable = true, description = "the most a consignment may hold to be exempt; with its unit")
        Integer maxQuantity,

        @Pattern(regexp = "items|plants|seeds|packets|grams|kilograms")
        @Schema(
                nullable = true,
                enumeration = {"items", "plants", "seeds", "packets", "grams", "kilograms"})
        String unit,

        @Size(max = 6)
        @Schema(
                description = "the exemption in words, by language",
                examples = "{\"en\": \"Up to 5 packets of" + " seeds for personal use, declared as such\"}")
        Map<@NotNull @OfficialLanguage String, @NotBlank @Size(max = 2000) String> text) {

    public Exemption {
        text = text == null ? Map.of() : text;
    }

    /**
     * Whether a consignment of the quantity falls within the exemption's: always when the exemption sets none; never
     * when the quantity is not known or is counted in another unit (grams and kilograms convert).
     */
    public boolean covers(BigDecimal quantity, String quantityUnit) {
        if (maxQuantity == null) {
            return true;
        }
        if (quantity == null || quantityUnit == null) {
            return false;
        }
        if (isWeight(unit) && isWeight(quantityUnit)) {
            return grams(quantity, quantityUnit).compareTo(grams(BigDecimal.valueOf(maxQuantity), unit)) <= 0;
        }
        return unit.equals(quantityUnit) && quantity.compareTo(BigDecimal.valueOf(maxQuantity)) <= 0;
    }

    private static boolean isWeight(String unit) {
        return "grams".equals(unit) || "kilograms".equals(unit);
    }

    private static BigDecimal grams(BigDecimal value, String unit) {
        return "kilograms".equals(unit) ? value.multiply(BigDecimal.valueOf(1000)) : value;
    }
}
