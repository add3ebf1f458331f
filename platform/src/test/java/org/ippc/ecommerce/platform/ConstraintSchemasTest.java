package org.ippc.ecommerce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Email;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

class ConstraintSchemasTest {
    record Sample(
            @CountryCode String country,
            List<@LanguageCode String> languages,
            Map<@LanguageCode String, String> titles,
            Map<@OfficialLanguage String, String> conditions,
            @Email String email,
            List<@WebUrl String> urls,
            String free) {}

    static class Filters {
        @QueryParam("country")
        @CountryCode
        String country;
    }

    static class SampleResource {
        @GET
        String list(@QueryParam("language") @LanguageCode String language, @QueryParam("q") String text) {
            return null;
        }

        @GET
        String filtered(@BeanParam Filters filters) {
            return null;
        }
    }

    @Test
    void theDocumentSaysWhatTheConstraintsAccept() throws IOException {
        Schema sample = OASFactory.createSchema()
                .addProperty("country", string())
                .addProperty(
                        "languages",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(string()))
                .addProperty("titles", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT))
                .addProperty("conditions", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT))
                .addProperty("email", string())
                .addProperty(
                        "urls",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(string()))
                .addProperty("free", string());
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSchema("Sample", sample))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/samples",
                                OASFactory.createPathItem()
                                        .GET(OASFactory.createOperation()
                                                .operationId("SampleResource_list")
                                                .addParameter(query("language"))
                                                .addParameter(query("q"))))
                        .addPathItem(
                                "/filtered",
                                OASFactory.createPathItem()
                                        .GET(OASFactory.createOperation()
                                                .operationId("SampleResource_filtered")
                                                .addParameter(query("country")))));

        new ConstraintSchemas(Index.of(Sample.class, Filters.class, SampleResource.class), ConstraintSchemas.PLATFORM)
                .describeIn(openAPI);

        Map<String, Schema> properties = sample.getProperties();
        assertAccepts(properties.get("country").getPattern(), "FR", "ZZ");
        assertAccepts(properties.get("languages").getItems().getPattern(), "fr", "zz");
        assertAccepts(properties.get("titles").getPropertyNames().getPattern(), "es", "xx");
        assertAccepts(properties.get("conditions").getPropertyNames().getPattern(), "zh", "de");
        assertEquals("email", properties.get("email").getFormat());
        assertAccepts(properties.get("urls").getItems().getPattern(), "https://www.ippc.int/en/", "ftp://ippc.int");
        assertNull(properties.get("free").getPattern());
        List<Parameter> listParameters =
                openAPI.getPaths().getPathItem("/samples").getGET().getParameters();
        assertAccepts(listParameters.get(0).getSchema().getPattern(), "en", "english");
        assertNull(listParameters.get(1).getSchema().getPattern());
        assertAccepts(
                openAPI.getPaths()
                        .getPathItem("/filtered")
                        .getGET()
                        .getParameters()
                        .getFirst()
                        .getSchema()
                        .getPattern(),
                "KE",
                "ke");
    }

    private static void assertAccepts(String pattern, String accepted, String refused) {
        Pattern compiled = Pattern.compile(pattern);
        assertTrue(compiled.matcher(accepted).find(), () -> pattern + " refuses " + accepted);
        assertFalse(compiled.matcher(refused).find(), () -> pattern + " accepts " + refused);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Parameter query(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).schema(string());
    }
}
