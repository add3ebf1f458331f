package org.ippc.ecommerce.registry.noncompliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NoticeWithdrawal", description = "Why a notice recorded by mistake is withdrawn.")
public record NoticeWithdrawal(
        @NotBlank @Size(max = 2000) @Schema(examples = "The parcel was another trader's.")
        String reason) {}
