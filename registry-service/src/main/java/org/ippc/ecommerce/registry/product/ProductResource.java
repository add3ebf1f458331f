package org.ippc.ecommerce.registry.product;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.HistoryView;
import org.ippc.ecommerce.platform.IdempotentCreates;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.platform.Versions;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "High-risk products", description = "The list of high-risk products curated by the IPPC Secretariat")
public class ProductResource {
    private final ProductService service;
    private final IdempotentCreates idempotentCreates;

    ProductResource(ProductService service, IdempotentCreates idempotentCreates) {
        this.service = service;
        this.idempotentCreates = idempotentCreates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Add a product to the high-risk list",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "409", description = "A product of that name is already on the list")
    public Response create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull NewProduct request,
            UriInfo uri) {
        return Versions.taggedAsCreated(
                idempotentCreates.create(idempotencyKey, request, uri, service::create, ProductView::id));
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(
            summary = "One high-risk product",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    public RestResponse<ProductView> get(@PathParam("id") long id) {
        return service.read(id).ok();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Replace a product, search terms included (the Secretariat); requires If-Match",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "412", description = "The product changed since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponseSchema(value = ProductView.class, responseDescription = "The product as changed")
    public RestResponse<ProductView> replace(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NewProduct request) {
        return service.replace(id, ifMatch, request).ok();
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(
            summary = "Retire a product from the list, or list it again (the Secretariat), with the reason",
            description = "A retired product is no longer matched by screening or requirement lookups and takes no"
                    + " new requirement; it keeps its history and the requirements set for it.",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(responseCode = "409", description = "The product has that status already")
    @APIResponseSchema(value = ProductView.class, responseDescription = "The product with its new status")
    public RestResponse<ProductView> changeStatus(
            @PathParam("id") long id, @Valid @NotNull ProductStatusChange change) {
        return service.changeStatus(id, change).ok();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.SECRETARIAT, Roles.NPPO})
    @Operation(summary = "Every change to the product: who, role, when, what changed, why")
    public List<HistoryView> history(@PathParam("id") long id) {
        return service.history(id);
    }

    @GET
    @PermitAll
    @Operation(summary = "The high-risk product list, optionally of one commodity class; retired products on request")
    public ProductPage list(
            @QueryParam("commodityClass") @Size(max = 32) String commodityClass,
            @QueryParam("status")
                    @DefaultValue(ProductStatusChange.LISTED)
                    @Pattern(regexp = ProductStatusChange.LISTED + "|" + ProductStatusChange.RETIRED)
                    String status,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.page(status, commodityClass, cursor, limit);
    }
}
