package org.ippc.ecommerce.registry.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The languages in which guidance is offered to each destination country (reference data of the
 * {@code destination_language} table, set by migrations), most preferred first. Read once: the
 * table only changes with a release.
 */
@ApplicationScoped
public class DestinationLanguages {
    private static final List<String> UNLISTED = List.of("en");

    /** A row of the table: a language of a country's guidance. */
    record CountryLanguage(String country, String language) {}

    private final EntityManager entityManager;
    private volatile Map<String, List<String>> byCountry;

    DestinationLanguages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<String> of(String destinationCountry) {
        return byCountry().getOrDefault(destinationCountry, UNLISTED);
    }

    private Map<String, List<String>> byCountry() {
        Map<String, List<String>> read = byCountry;
        if (read == null) {
            List<CountryLanguage> rows = entityManager
                    .createNativeQuery(
                            "select country::text, language from destination_language order by country, rank",
                            CountryLanguage.class)
                    .getResultList();
            read = rows.stream()
                    .collect(Collectors.groupingBy(
                            CountryLanguage::country,
                            LinkedHashMap::new,
                            Collectors.mapping(CountryLanguage::language, Collectors.toUnmodifiableList())));
            byCountry = read;
        }
        return read;
    }
}
