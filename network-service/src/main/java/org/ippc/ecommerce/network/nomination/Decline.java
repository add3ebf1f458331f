package org.ippc.ecommerce.network.nomination;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Decline", description = "Why the Secretariat declines; the nominating RPPO reads it.")
public record Decline(@NotBlank @Size(max = 2000) String reason) {}
