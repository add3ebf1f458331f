package org.ippc.ecommerce.network.gap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.LanguageCode;

@Schema(name = "NewGap", description = "A gap in technical resources, proposed to the network.")
public record NewGap(
        @NotBlank
        @Size(max = 200)
        @Schema(description = "the gap in a few words", examples = "Guidance for couriers on seed parcels")
        String topic,

        @NotEmpty
        @Size(max = 10)
        @Schema(
                description = "topic codes: the areas of expertise (/v1/expertise-areas)",
                examples = "[\"postal-courier\"]")
        List<@NotBlank @Size(max = 32) String> topics,

        @NotBlank @Size(max = 4000) String description,

        @Pattern(
                regexp = "plants-for-planting|seeds|bulbs-tubers|cut-flowers-foliage|fruits-vegetables"
                        + "|soil-growing-media|living-organisms|wood-handicrafts|other")
        @Schema(examples = "seeds")
        String commodityClass,

        @NotEmpty @Size(max = 20) @Schema(description = "languages lacking material", examples = "[\"ar\", \"fr\"]")
        List<@NotNull @LanguageCode String> languages,

        @NotEmpty
        @Size(max = 11)
        @Schema(description = "RPPO regions lacking material, or global", examples = "[\"NEPPO\"]")
        List<@NotBlank @Size(max = 16) String> regions,

        @NotNull @Pattern(regexp = "low|medium|high") @Schema(enumeration = {"low", "medium", "high"})
        String priority) {}
