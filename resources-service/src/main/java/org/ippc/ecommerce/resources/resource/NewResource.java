package org.ippc.ecommerce.resources.resource;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.resources.platform.LanguageCode;

@Schema(name = "NewResource", description = "A technical resource submitted for review.")
public record NewResource(
        @NotBlank @Size(max = 300) @Schema(examples = "Buying plants and seeds online: what travellers must know")
        String title,

        @NotBlank @Size(max = 4000) String summary,

        @NotBlank @LanguageCode @Schema(description = "ISO 639-1", examples = "en")
        String language,

        @NotBlank @Schema(description = "a code of /v1/resource-types", examples = "factsheet-infographic")
        String type,

        @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        @Schema(examples = "https://www.ippc.int/en/publications/example")
        String url,

        @NotNull @Schema(description = "consent of the contributor to publish the resource publicly")
        Boolean consentToPublish) {}
