package org.ippc.ecommerce.network.gap;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewGapAssignment", description = "An active expert to work on the gap, and the target date.")
public record NewGapAssignment(
        @NotNull @Positive Long expertId,
        @NotNull @Schema(examples = "2027-06-30") LocalDate targetDate) {}
