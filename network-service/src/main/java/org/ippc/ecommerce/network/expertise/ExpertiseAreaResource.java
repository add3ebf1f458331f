package org.ippc.ecommerce.network.expertise;

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
import org.ippc.ecommerce.platform.TermView;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1/expertise-areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "RPPOs")
public class ExpertiseAreaResource {
    private final ExpertiseAreaService service;

    ExpertiseAreaResource(ExpertiseAreaService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The controlled list of areas of expertise, named in the caller's language")
    public RestResponse<List<TermView>> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = LanguageNegotiation.preferred(acceptLanguage);
        return LanguageNegotiation.ok(language, service.list(language)).build();
    }
}
