package org.ippc.ecommerce.resources.resourcetype;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/resource-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ResourceTypeResource {
    private final ResourceTypeRepository types;

    ResourceTypeResource(ResourceTypeRepository types) {
        this.types = types;
    }

    @GET
    @Operation(summary = "The types of technical resources")
    public List<ResourceTypeView> list() {
        return types.listInOrder().stream().map(ResourceTypeView::of).toList();
    }
}
