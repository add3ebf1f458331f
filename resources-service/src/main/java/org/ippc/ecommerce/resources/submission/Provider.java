package org.ippc.ecommerce.resources.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.resources.vocabulary.InVocabulary;
import org.ippc.ecommerce.resources.vocabulary.Kind;

@Schema(name = "Provider", description = "The organization that provides the resource.")
public record Provider(
        @NotBlank @Size(max = 300) @Schema(examples = "Plant Protection Organization of Kenya (KEPHIS)")
        String name,

        @NotNull
        @InVocabulary(Kind.PROVIDER_TYPE)
        @Schema(description = "a provider-type code of /v1/vocabularies", examples = "NPPO")
        String type) {}
