package org.ippc.ecommerce.network.expertise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpertiseArea")
public record ExpertiseAreaView(
        @Schema(examples = "customs") String code,
        @Schema(examples = "Customs") String name) {}
