package org.ippc.ecommerce.registry.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.Translated;
import org.junit.jupiter.api.Test;

class ListedProductsTest {
    private final ListedProducts listed = new ListedProducts(List.of(
            new ListedProducts.ListedProduct(7, "seeds", "Seeds", Map.of("fr", "Semences"), List.of("1209", "120991")),
            new ListedProducts.ListedProduct(3, "plants-for-planting", "Live plants", Map.of(), List.of("060290")),
            new ListedProducts.ListedProduct(5, "soil-growing-media", "Soil", Map.of(), List.of("2530"))));

    @Test
    void aCodeFindsTheProductsWhoseHeadingItFallsUnderOrThatFallUnderIt() {
        assertEquals(List.of(7L), listed.idsByHsCode("1209.91.80"));
        assertEquals(List.of(7L), listed.idsByHsCode("1209"));
        assertEquals(List.of(7L), listed.idsByHsCode("12"));
        assertEquals(List.of(3L), listed.idsByHsCode("06.02"));
        assertEquals(
                List.of(3L, 7L),
                new ListedProducts(List.of(
                                new ListedProducts.ListedProduct(7, "seeds", "Seeds", Map.of(), List.of("12")),
                                new ListedProducts.ListedProduct(3, "seeds", "Seeds", Map.of(), List.of("1209"))))
                        .idsByHsCode("120991"));
        assertEquals(List.of(), listed.idsByHsCode("0603"));
        assertEquals(List.of(), listed.idsByHsCode("2531"));
    }

    @Test
    void aProductIsNamedInTheLanguageAskedForElseInEnglish() {
        assertEquals(new Translated("Semences", "fr"), listed.get(7).nameIn("fr"));
        assertEquals(new Translated("Seeds", "en"), listed.get(7).nameIn("ar"));
    }
}
