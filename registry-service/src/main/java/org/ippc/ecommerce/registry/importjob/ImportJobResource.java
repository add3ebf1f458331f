package org.ippc.ecommerce.registry.importjob;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.CsvUploads;
import org.ippc.ecommerce.platform.KeysetPage;
import org.ippc.ecommerce.platform.OpenApiConventions;
import org.ippc.ecommerce.platform.Roles;
import org.ippc.ecommerce.registry.trader.TraderImport;

@Path("/v1/trader-imports")
@Tag(name = "Traders")
public class ImportJobResource {
    /** How long a client polling an unfinished job is asked to wait, in seconds. */
    private static final int POLL_AFTER = 2;

    private final ImportJobs jobs;

    ImportJobResource(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.NPPO)
    @Operation(
            summary = "Import a CSV file of traders of the NPPO's country as a job, followed while it runs",
            description = "The file and the options are those of `POST /v1/traders/import`. The answer comes as soon"
                    + " as the file is received and its header read: the job, at `Location`, counts the lines read,"
                    + " checked and written and their outcomes while it runs; when it finished, `lines` lists the"
                    + " outcome of every line. The lines are written in one transaction: a job that fails, or whose"
                    + " service stops, writes nothing.",
            extensions = @Extension(name = OpenApiConventions.RATE_LIMIT, value = "import"))
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the job is queued",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            description = "the job",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    public Response submit(
            InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("partial") @DefaultValue("false") boolean partial,
            UriInfo uri) {
        ImportJobView job = jobs.submit(body, CsvUploads.charset(type), dryRun, partial);
        return Response.accepted(job)
                .location(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(job.id()))
                        .build())
                .header(HttpHeaders.RETRY_AFTER, POLL_AFTER)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.NPPO)
    @Operation(summary = "An import job and how far it went (the NPPO that submitted it)")
    @APIResponse(
            responseCode = "200",
            description = "The job; while it is queued or running, `Retry-After` says when to ask again",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobView.class)))
    public Response get(@PathParam("id") long id) {
        ImportJobView job = jobs.read(id);
        Response.ResponseBuilder response = Response.ok(job);
        return (job.unfinished() ? response.header(HttpHeaders.RETRY_AFTER, POLL_AFTER) : response).build();
    }

    @GET
    @Path("/{id}/lines")
    @RolesAllowed(Roles.NPPO)
    @Operation(summary = "The outcome of every line of a finished import job, in file order, by outcome")
    @APIResponse(
            responseCode = "200",
            description = "A page of lines",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportLinePage.class)))
    @APIResponse(responseCode = "409", description = "The job has not finished")
    public ImportLinePage lines(
            @PathParam("id") long id,
            @QueryParam("outcome") @Pattern(regexp = "created|updated|unchanged|rejected") String outcome,
            @QueryParam("cursor") @Size(max = 100) String cursor,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit) {
        KeysetPage<TraderImport.Line> page = jobs.lines(id, outcome, cursor, limit);
        return new ImportLinePage(page.items(), page.next());
    }
}
