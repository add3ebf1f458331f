package org.ippc.ecommerce.registry.guidance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of resources-service's public catalogue this service uses, as its committed OpenAPI
 * document describes it ({@code ResourcesContractTest} checks the two agree).
 */
@RegisterRestClient(configKey = "resources")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
interface ResourcesRestClient {

    @GET
    @Path("/resources")
    CataloguePage published(
            @QueryParam("commodityClass") String commodityClass,
            @QueryParam("language") String language,
            @QueryParam("sort") String sort,
            @QueryParam("limit") int limit);
}
