package org.ippc.ecommerce.registry.product;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.registry.platform.Cursor;
import org.ippc.ecommerce.registry.platform.Roles;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "High-risk products", description = "The list of high-risk products curated by the IPPC Secretariat")
public class ProductResource {
    private final ProductService service;
    private final ProductRepository products;

    ProductResource(ProductService service, ProductRepository products) {
        this.service = service;
        this.products = products;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(summary = "Add a product to the high-risk list")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "409", description = "A product of that name is already on the list")
    public RestResponse<ProductView> create(@Valid @NotNull NewProduct request, UriInfo uri) {
        ProductView created = service.create(request);
        return RestResponse.ResponseBuilder.<ProductView>created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(summary = "One high-risk product")
    public ProductView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @GET
    @PermitAll
    @Operation(summary = "The high-risk product list, optionally of one commodity class")
    public ProductPage list(
            @QueryParam("commodityClass") @Size(max = 32) String commodityClass,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        if (commodityClass != null) {
            service.requireKnownCommodityClass(commodityClass);
        }
        List<HighRiskProduct> page = products.page(commodityClass, Cursor.afterId(cursor), limit + 1);
        String next = page.size() > limit ? Cursor.of(page.get(limit - 1).id) : null;
        return new ProductPage(page.stream().limit(limit).map(ProductView::of).toList(), next);
    }
}
