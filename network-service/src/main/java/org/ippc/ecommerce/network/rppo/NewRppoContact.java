package org.ippc.ecommerce.network.rppo;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.OfficialLanguage;

@Schema(name = "NewRppoContact")
public record NewRppoContact(
        @NotBlank @Email @Size(max = 320) @Schema(examples = "nominations@eppo.example")
        String email,

        @NotNull @OfficialLanguage @Schema(description = "the official language mails are written in", examples = "fr")
        String language) {}
