package org.ippc.ecommerce.registry.vocabulary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ippc.ecommerce.platform.LanguageNegotiation;
import org.ippc.ecommerce.platform.TermView;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Controlled vocabularies the other operations take as codes")
public class VocabularyResource {
    private final VocabularyService vocabulary;

    VocabularyResource(VocabularyService vocabulary) {
        this.vocabulary = vocabulary;
    }

    @GET
    @Path("/non-compliance-reasons")
    @Operation(summary = "Why a consignment did not comply (ISPM 13), named in the caller's language")
    public RestResponse<List<TermView>> nonComplianceReasons(
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return inLanguage(acceptLanguage, vocabulary::nonComplianceReasons);
    }

    @GET
    @Path("/consignment-actions")
    @Operation(summary = "What an NPPO did with a consignment that did not comply, named in the caller's language")
    public RestResponse<List<TermView>> consignmentActions(
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return inLanguage(acceptLanguage, vocabulary::consignmentActions);
    }

    @GET
    @Path("/required-documents")
    @Operation(summary = "The documents a requirement may ask for, named in the caller's language")
    public RestResponse<List<TermView>> requiredDocuments(
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return inLanguage(acceptLanguage, vocabulary::requiredDocuments);
    }

    private static RestResponse<List<TermView>> inLanguage(
            String acceptLanguage, Function<String, List<TermView>> terms) {
        String language = LanguageNegotiation.preferred(acceptLanguage);
        return LanguageNegotiation.ok(language, terms.apply(language)).build();
    }
}
