package org.ippc.ecommerce.registry.commodity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/commodity-classes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Controlled vocabularies the other operations take as codes")
public class CommodityClassResource {
    private final CommodityClassService service;

    CommodityClassResource(CommodityClassService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The commodity classes of high-risk products")
    public List<CommodityClassView> list() {
        return service.inOrder();
    }
}
