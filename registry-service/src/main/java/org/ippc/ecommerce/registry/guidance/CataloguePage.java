package org.ippc.ecommerce.registry.guidance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** A page of resources-service's public catalogue ({@code CataloguePage} in its contract), the fields read here. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CataloguePage(List<PublishedResource> items) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PublishedResource(
            long id, Map<String, String> titles, List<String> languages, String type, List<String> urls) {}
}
