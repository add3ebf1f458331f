package org.ippc.ecommerce.network.initiative;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An initiative; its contact appears only for its RPPO and the Secretariat (left out of public JSON). */
@Schema(name = "Initiative")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InitiativeView(
        long id,
        String rppo,
        String title,
        String description,
        List<String> countries,
        String leadOrganization,
        List<String> partnerOrganizations,
        String type,
        String status,
        LocalDate startDate,
        @Schema(nullable = true) LocalDate endDate,
        List<String> links,
        @Schema(description = "restricted", nullable = true) String contact,
        @Schema(nullable = true) String source,
        Instant recordedAt) {

    static InitiativeView of(Initiative initiative, boolean withContact) {
        return new InitiativeView(
                initiative.id,
                initiative.rppoAcronym,
                initiative.title,
                initiative.description,
                initiative.countries,
                initiative.leadOrganization,
                initiative.partnerOrganizations,
                initiative.type,
                initiative.status.code(),
                initiative.startDate,
                initiative.endDate,
                initiative.links,
                withContact ? initiative.contact : null,
                initiative.source,
                initiative.recordedAt);
    }
}
