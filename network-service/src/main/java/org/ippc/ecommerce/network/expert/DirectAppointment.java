package org.ippc.ecommerce.network.expert;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An expert the Secretariat adds to the network itself, on the proposal of someone other than an RPPO. */
@Schema(name = "DirectAppointment")
public record DirectAppointment(
        @NotNull @Valid ExpertProfile profile,

        @NotBlank
        @Size(max = 300)
        @Schema(
                description = "who proposed the expert: an international organization, an industry body, a person",
                examples = "International Seed Federation")
        String proposedBy,

        @Size(max = 4000) @Schema(description = "why the Secretariat appoints them; kept in the history")
        String justification,

        @NotNull
        @AssertTrue(message = "the candidate and their employer must sign the statement of commitment")
        @Schema(description = "signed by the candidate and their employer")
        Boolean statementOfCommitmentSigned,

        @NotNull @Valid ConsentChange consent,
        @NotNull LocalDate termStart,
        @NotNull LocalDate termEnd) {}
