package org.ippc.ecommerce.resources.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Term", description = "A term of a controlled vocabulary.")
public record TermView(
        @Schema(examples = "seeds") String code,
        @Schema(examples = "Seeds") String name) {}
