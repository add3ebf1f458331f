package org.ippc.ecommerce.network.rppo;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RppoContact",
        description = "Where the network writes to an RPPO (restricted: the Secretariat and the RPPO itself).")
public record RppoContactView(
        @Schema(examples = "EPPO") String rppo,
        @Schema(examples = "nominations@eppo.example") String email,

        @Schema(description = "one of the six official languages", examples = "fr")
        String language,

        Instant updatedAt,
        String updatedBy) {

    static RppoContactView of(RppoContact contact) {
        return new RppoContactView(
                contact.rppoAcronym, contact.email, contact.language, contact.updatedAt, contact.updatedBy);
    }
}
