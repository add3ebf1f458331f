package org.ippc.ecommerce.resources.catalogue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.OpenApiConventions;

/**
 * The public catalogue behind the IPP e-commerce landing page. Every answer carries the
 * catalogue's revision as its ETag, checked before any query runs, so a page that asks again
 * with If-None-Match gets a 304 without a search.
 */
@Path("/v1/resources")
@PermitAll
@Tag(name = "Catalogue", description = "Published technical resources (public)")
public class CatalogueResource {
    private static final int MAX_AGE_SECONDS = 60;
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String ORIGIN = "Origin";
    private static final String ACCEPT_ENCODING_AND_ORIGIN = HttpHeaders.ACCEPT_ENCODING + ", " + ORIGIN;

    private final Catalogue catalogue;
    private final CatalogueRevision catalogueRevision;
    private final CataloguePages pages;
    private final ObjectMapper json;

    CatalogueResource(
            Catalogue catalogue, CatalogueRevision catalogueRevision, CataloguePages pages, ObjectMapper json) {
        this.catalogue = catalogue;
        this.catalogueRevision = catalogueRevision;
        this.pages = pages;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Search the published resources, with facet counts",
            description = "Filters combine with AND. Free text works in every language (Arabic and Chinese"
                    + " included) and ranks title matches above summary matches.",
            extensions = {
                @Extension(name = OpenApiConventions.ETAG, value = "true"),
                @Extension(name = OpenApiConventions.RATE_LIMIT, value = "catalogue")
            })
    @APIResponse(
            responseCode = "200",
            description = "A page of published resources",
            content = @Content(schema = @Schema(implementation = CataloguePage.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Uni<Response> search(
            @Valid @BeanParam CatalogueFilters filters,
            @QueryParam("sort")
                    @Pattern(regexp = "posted|year|relevance")
                    @Parameter(
                            description = "newest posted first (default), newest publication year first, or best"
                                    + " match first (default with free text)")
                    String sort,
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Context Request request,
            @Context HttpServerRequest http) {
        catalogue.requireValidCursor(filters, sort, cursor); // a request that would be a 400 is never a 304
        String query = http.query(); // as sent: the request's URI is not parsed again for it
        boolean gzip = AcceptEncoding.allowsGzip(http.headers().getAll(HttpHeaders.ACCEPT_ENCODING));
        // At a revision read moments ago, a 304 or a kept page is answered here, on the event loop, like the HTTP
        // stack's own answers: most of the landing page's asks. Whatever may wait for the database, or compress, goes
        // to a worker thread.
        OptionalLong recent = catalogueRevision.recent();
        if (recent.isPresent()) {
            byte[] kept = pages.kept(recent.getAsLong(), query, gzip);
            Response atHand = kept != null
                    ? encoded(request, recent.getAsLong(), gzip, () -> kept)
                    : notModified(request, recent.getAsLong(), gzip);
            if (atHand != null) {
                return Uni.createFrom().item(atHand);
            }
        }
        return Uni.createFrom()
                .item(() -> {
                    long revision = catalogueRevision.current();
                    return encoded(
                            request,
                            revision,
                            gzip,
                            () -> pages.page(revision, query, gzip, filters, sort, cursor, limit));
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A published resource",
            extensions = @Extension(name = OpenApiConventions.ETAG, value = "true"))
    @APIResponse(
            responseCode = "200",
            description = "The resource",
            content = @Content(schema = @Schema(implementation = PublishedResourceView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "404", description = "No published resource has that id")
    public Response get(@PathParam("id") long id, @Context Request request) {
        long revision = catalogueRevision.current();
        PublishedResourceView resource = catalogue.published(id); // no 304 for what is not (or no longer) there
        return tagged(request, revision, resource, MediaType.APPLICATION_JSON, ORIGIN);
    }

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Every published resource matching the filters, as one JSON array, newest first",
            extensions = {
                @Extension(name = OpenApiConventions.ETAG, value = "true"),
                @Extension(name = OpenApiConventions.RATE_LIMIT, value = "catalogue")
            })
    @APIResponse(
            responseCode = "200",
            description = "All matching resources",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PublishedResourceView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response exportJson(@Valid @BeanParam CatalogueFilters filters, @Context Request request) {
        StreamingOutput body = out -> {
            try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
                generator.writeStartArray();
                catalogue.forEach(filters, resource -> write(generator, resource));
                generator.writeEndArray();
            }
        };
        return exported(request, body, MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("/export")
    @Produces("text/csv;qs=0.5") // JSON stays the answer to Accept: */*
    @Operation(
            summary = "The same export as CSV, one row per resource (English title where there is one)",
            extensions = {
                @Extension(name = OpenApiConventions.ETAG, value = "true"),
                @Extension(name = OpenApiConventions.RATE_LIMIT, value = "catalogue")
            })
    public Response exportCsv(@Valid @BeanParam CatalogueFilters filters, @Context Request request) {
        StreamingOutput body = out -> {
            try (SequenceWriter writer = CatalogueCsv.writer(out)) {
                catalogue.forEach(filters, resource -> {
                    try {
                        writer.write(CatalogueCsv.Row.of(resource));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        };
        return Response.fromResponse(exported(request, body, CSV))
                .header("Content-Disposition", "attachment; filename=\"ippc-ecommerce-resources.csv\"")
                .build();
    }

    /** The export answers JSON or CSV at one URL, so caches must key it by Accept too. */
    private Response exported(Request request, StreamingOutput body, String mediaType) {
        return tagged(request, catalogueRevision.current(), body, mediaType, HttpHeaders.ACCEPT + ", " + ORIGIN);
    }

    private void write(JsonGenerator generator, PublishedResourceView resource) {
        try {
            json.writeValue(generator, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The answer, tagged with the catalogue's revision; 304 when the client holds that revision already. The revision
     * is read before the body, so that an answer is never tagged newer than what it holds.
     */
    private static Response tagged(Request request, long revision, Object body, String mediaType, String varyBy) {
        EntityTag etag = etag(revision, mediaType.equals(CSV) ? "-csv" : "");
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(body, mediaType);
        return cacheable(answer, etag, varyBy);
    }

    /**
     * A search's page, gzipped for a client that takes gzip: other bytes, so another strong ETag, and shared caches
     * told to keep the two apart. The service compresses its pages itself, as its answers forbid proxies to change
     * them ({@code Cache-Control: no-transform}).
     */
    private static Response encoded(Request request, long revision, boolean gzip, Supplier<byte[]> body) {
        Response notModified = notModified(request, revision, gzip);
        if (notModified != null) {
            return notModified;
        }
        Response.ResponseBuilder answer = Response.ok(body.get(), MediaType.APPLICATION_JSON);
        if (gzip) {
            answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return cacheable(answer, etag(revision, gzip ? "-gzip" : ""), ACCEPT_ENCODING_AND_ORIGIN);
    }

    /** The 304 of a search, when the client holds the page at {@code revision} in its encoding; null otherwise. */
    private static Response notModified(Request request, long revision, boolean gzip) {
        EntityTag etag = etag(revision, gzip ? "-gzip" : "");
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        return notModified == null ? null : cacheable(notModified, etag, ACCEPT_ENCODING_AND_ORIGIN);
    }

    /** A strong ETag names one representation: the CSV export's is not the JSON one's, nor gzipped bytes plain ones. */
    private static EntityTag etag(long revision, String representation) {
        return new EntityTag("catalogue-" + revision + representation);
    }

    /**
     * An answer public caches may keep for a minute under its ETag, by the request headers named in {@code varyBy}.
     * Those include {@code Origin}, as the CORS headers depend on it: a shared cache must not hand the IPP page an
     * answer made without them.
     */
    private static Response cacheable(Response.ResponseBuilder answer, EntityTag etag, String varyBy) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return answer.cacheControl(cache)
                .tag(etag)
                .header(HttpHeaders.VARY, varyBy)
                .build();
    }
}
