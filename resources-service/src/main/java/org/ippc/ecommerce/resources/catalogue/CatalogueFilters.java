package org.ippc.ecommerce.resources.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ippc.ecommerce.platform.CountryCode;
import org.ippc.ecommerce.platform.LanguageCode;
import org.ippc.ecommerce.resources.vocabulary.InVocabulary;
import org.ippc.ecommerce.resources.vocabulary.Kind;

/** The filters of the public catalogue, of its facet counts and of its exports; an absent filter matches all. */
public class CatalogueFilters {
    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "free text in titles and summaries, in any language; every word must be found")
    public String text;

    @QueryParam("type")
    @InVocabulary(Kind.RESOURCE_TYPE)
    public String type;

    @QueryParam("language")
    @LanguageCode
    @Parameter(description = "a language the resource is available in")
    public String language;

    @QueryParam("topic")
    @InVocabulary(Kind.TOPIC)
    public String topic;

    @QueryParam("commodityClass")
    @InVocabulary(Kind.COMMODITY_CLASS)
    public String commodityClass;

    @QueryParam("region")
    @InVocabulary(Kind.REGION)
    public String region;

    @QueryParam("country")
    @CountryCode
    public String country;

    @QueryParam("providerType")
    @InVocabulary(Kind.PROVIDER_TYPE)
    public String providerType;

    @QueryParam("year")
    @Min(1950)
    @Max(2100)
    @Parameter(description = "publication year")
    public Integer year;

    @QueryParam("gap")
    @Positive
    @Parameter(description = "id of the network-service gap the resource fills")
    public Long gap;
}
