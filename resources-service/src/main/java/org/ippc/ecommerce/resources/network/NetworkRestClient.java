package org.ippc.ecommerce.resources.network;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of network-service's API this service uses, as its committed OpenAPI document
 * describes it ({@code NetworkContractTest} checks the two agree).
 */
@RegisterRestClient(configKey = "network")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
interface NetworkRestClient {

    @GET
    @Path("/experts/{id}/eligibility")
    ExpertEligibility eligibility(@PathParam("id") long expertId, @QueryParam("role") String role);

    @GET
    @Path("/gaps/{id}")
    NetworkGap gap(@PathParam("id") long gapId);

    @GET
    @Path("/gaps")
    NetworkGapPage gaps(
            @QueryParam("status") String status, @QueryParam("cursor") String cursor, @QueryParam("limit") int limit);
}
