package org.ippc.ecommerce.network.rppo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.CountryCode;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "RPPOs", description = "The ten RPPOs and their member countries (public reference data)")
public class RppoResource {
    private final RppoService service;

    RppoResource(RppoService service) {
        this.service = service;
    }

    @GET
    @Path("/rppos")
    @Operation(summary = "List the RPPOs with their member countries")
    public List<RppoView> list() {
        return service.list();
    }

    @GET
    @Path("/rppos/{acronym}")
    @Operation(summary = "One RPPO with its member countries")
    public RppoView get(@PathParam("acronym") String acronym) {
        return service.get(acronym);
    }

    @GET
    @Path("/countries/{code}/rppos")
    @Operation(summary = "The RPPOs a country belongs to (a country can belong to several)")
    public List<RppoView> ofCountry(@PathParam("code") @CountryCode String code) {
        return service.ofCountry(code);
    }
}
