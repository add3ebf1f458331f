package org.ippc.ecommerce.network.initiative;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.CountryCode;

/** An initiative as recorded or replaced (PUT replaces every field); its RPPO is the token's. */
@Schema(name = "InitiativeRequest")
public record InitiativeRequest(
        @NotBlank @Size(max = 300) @Schema(examples = "Seeds bought online: a campaign for travellers")
        String title,

        @NotBlank @Size(max = 4000) String description,

        @NotEmpty @Size(max = 60) @Schema(examples = "[\"FR\", \"DE\"]")
        List<@NotNull @CountryCode String> countries,

        @NotBlank @Size(max = 300) String leadOrganization,
        @Size(max = 30) List<@NotBlank @Size(max = 300) String> partnerOrganizations,

        @NotNull
        @Pattern(regexp = "regulation|awareness|platform-agreement|inspection-technology|data-exchange|training")
        @Schema(
                enumeration = {
                    "regulation",
                    "awareness",
                    "platform-agreement",
                    "inspection-technology",
                    "data-exchange",
                    "training"
                })
        String type,

        @NotNull
        @Pattern(regexp = "planned|ongoing|completed")
        @Schema(enumeration = {"planned", "ongoing", "completed"})
        String status,

        @NotNull LocalDate startDate,
        LocalDate endDate,

        @Size(max = 20)
        List<
                        @NotNull @Size(max = 2000)
                        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String>
                links,

        @Email @Size(max = 320) @Schema(description = "restricted: shown to the RPPO and the Secretariat only")
        String contact,

        @Size(max = 500) @Schema(description = "where the information comes from")
        String source) {

    /** A list left out of the request is empty: clients need not send empty lists. */
    public InitiativeRequest {
        partnerOrganizations = partnerOrganizations == null ? List.of() : partnerOrganizations;
        links = links == null ? List.of() : links;
    }
}
