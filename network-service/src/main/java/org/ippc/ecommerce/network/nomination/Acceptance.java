package org.ippc.ecommerce.network.nomination;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Acceptance", description = "The term of the expert: from termStart (inclusive) to termEnd (exclusive).")
public record Acceptance(
        @NotNull @Schema(examples = "2027-01-01") LocalDate termStart,
        @NotNull @Schema(examples = "2029-01-01") LocalDate termEnd) {}
