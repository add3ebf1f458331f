package org.ippc.ecommerce.network.expert;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentChange", description = "The expert's consent, as it stands from now on.")
public record ConsentChange(
        @NotNull @Schema(description = "to be listed in the public directory")
        Boolean publicListing,

        @NotNull @Schema(description = "to be contacted, e.g. to review resources")
        Boolean contact) {}
