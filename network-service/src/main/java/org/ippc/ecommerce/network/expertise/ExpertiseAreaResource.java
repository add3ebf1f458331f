package org.ippc.ecommerce.network.expertise;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/expertise-areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "RPPOs")
public class ExpertiseAreaResource {
    private final ExpertiseAreas areas;

    ExpertiseAreaResource(ExpertiseAreas areas) {
        this.areas = areas;
    }

    @Schema(name = "ExpertiseArea")
    public record View(
            @Schema(examples = "customs") String code,
            @Schema(examples = "Customs") String name) {}

    @GET
    @Operation(summary = "The controlled list of areas of expertise")
    public List<View> list() {
        return areas.listInOrder().stream()
                .map(area -> new View(area.code, area.name))
                .toList();
    }
}
