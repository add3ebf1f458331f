package org.ippc.ecommerce.registry.commodity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.LanguageNegotiation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/commodity-classes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Controlled vocabularies the other operations take as codes")
public class CommodityClassResource {
    private final CommodityClassService service;

    CommodityClassResource(CommodityClassService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The commodity classes of high-risk products, named in the caller's language")
    public RestResponse<List<CommodityClassView>> list(
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = LanguageNegotiation.preferred(acceptLanguage);
        return LanguageNegotiation.ok(language, service.inOrder(language)).build();
    }
}
