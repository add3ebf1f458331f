package org.ippc.ecommerce.registry.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ippc.ecommerce.registry.screening.TermMatcher.Term;
import org.junit.jupiter.api.Test;

class TermMatcherTest {
    private static final long TOMATO_SEEDS = 1;
    private static final long SEEDS = 2;
    private static final long BONSAI = 3;
    private static final long RARE_SEEDS = 4;
    private static final long NURSERY_PLANTS = 5;
    private static final long POTTING_SOIL = 6;
    private static final long FIR_BONSAI = 7;
    private static final long ELM_BONSAI = 8;

    private static final TermMatcher MATCHER = new TermMatcher(List.of(
            new Term(TOMATO_SEEDS, "en", "tomato seeds"),
            new Term(TOMATO_SEEDS, "es", "semillas de tomate"),
            new Term(TOMATO_SEEDS, "fr", "graines de tomate"),
            new Term(TOMATO_SEEDS, "ru", "семена томатов"),
            new Term(TOMATO_SEEDS, "ar", "بذور الطماطم"),
            new Term(TOMATO_SEEDS, "zh", "番茄种子"),
            new Term(SEEDS, "en", "seeds"),
            new Term(SEEDS, "es", "semillas"),
            new Term(SEEDS, "fr", "graines"),
            new Term(SEEDS, "ru", "семена"),
            new Term(SEEDS, "ar", "بذور"),
            new Term(SEEDS, "zh", "种子"),
            new Term(BONSAI, "en", "bonsai"),
            new Term(RARE_SEEDS, "en", "rare seeds 100 pcs"),
            new Term(NURSERY_PLANTS, "fr", "pépinière"),
            new Term(POTTING_SOIL, "en", "potting soil"),
            new Term(POTTING_SOIL, "fr", "terreau"),
            new Term(FIR_BONSAI, "zh", "Abies盆景"),
            new Term(ELM_BONSAI, "zh", "Ulmus盆景")));

    private static Set<Long> products(String title) {
        return MATCHER.match(Map.of("title", title)).stream()
                .map(TermMatcher.Match::productId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertProducts(String title, Long... expected) {
        assertEquals(new TreeSet<>(List.of(expected)), products(title), title);
    }

    @Test
    void englishWhateverTheCasePluralAndMarketingWords() {
        assertProducts("Tomato seeds", TOMATO_SEEDS, SEEDS);
        assertProducts("HEIRLOOM Tomatoes Seeds, 50 pack", TOMATO_SEEDS, SEEDS);
        assertProducts("one seed of a tomato", TOMATO_SEEDS, SEEDS);
        assertProducts("100 pcs rare bonsai seeds", SEEDS, BONSAI, RARE_SEEDS);
        assertProducts("Potting-soil for orchids", POTTING_SOIL);
    }

    @Test
    void chineseTermsWithALatinNameNeedThatNameToo() {
        assertProducts("Abies盆景 包邮", FIR_BONSAI);
        assertProducts("精品 ulmus 盆景", ELM_BONSAI);
        assertProducts("Nerium盆景");
        assertProducts("盆景 abies", FIR_BONSAI);
    }

    @Test
    void spanishAndFrenchInAnyOrderAndWithoutAccents() {
        assertProducts("Semillas de tomate cherry", TOMATO_SEEDS, SEEDS);
        assertProducts("Tomate: semillas orgánicas", TOMATO_SEEDS, SEEDS);
        assertProducts("Graines de tomate bio", TOMATO_SEEDS, SEEDS);
        assertProducts("PEPINIERE en ligne : arbres fruitiers", NURSERY_PLANTS);
        assertProducts("Terreaux universels 20 L", POTTING_SOIL);
    }

    @Test
    void russianArabicAndChinese() {
        assertProducts("Семена томатов сорт Бычье сердце", TOMATO_SEEDS, SEEDS);
        assertProducts("بذور الطماطم العضوية", TOMATO_SEEDS, SEEDS);
        assertProducts("بُذُورُ الطَّمَاطِم", TOMATO_SEEDS, SEEDS);
        assertProducts("新鲜番茄种子50粒 包邮", TOMATO_SEEDS, SEEDS);
        assertProducts("花卉种子 混合", SEEDS);
    }

    @Test
    void noMatchInsideUnrelatedWordsOrFarApart() {
        assertProducts("Seedless grapes 1 kg");
        assertProducts("Garden gloves, size M");
        assertProducts("Pomme de terre nouvelle");
        assertProducts("番茄酱 500g");
        assertProducts(
                "Tomato sauce recipe book with many pages about cooking pasta dinners for families and friends,"
                        + " and a bonus chapter on seeds",
                SEEDS);
    }

    @Test
    void reportsTheTermAndTheFieldThatMatched() {
        List<TermMatcher.Match> matches =
                MATCHER.match(Map.of("title", "Bonsai kit", "description", "Contains semillas de tomate"));
        assertEquals(
                Set.of(
                        new TermMatcher.Match(BONSAI, "en", "bonsai", "title"),
                        new TermMatcher.Match(TOMATO_SEEDS, "es", "semillas de tomate", "description"),
                        new TermMatcher.Match(SEEDS, "es", "semillas", "description")),
                Set.copyOf(matches));
    }

    @Test
    void termsSharingMostOfTheirWordsAreToldApartByTheRestInAnyOrder() {
        List<String> genera = List.of("abies", "ulmus", "carica", "coffea", "ficus");
        List<Term> terms = new ArrayList<>();
        for (int product = 0; product < genera.size(); product++) {
            terms.add(new Term(product, "es", "semillas de " + genera.get(product) + " enano"));
            terms.add(new Term(product, "en", genera.get(product) + " seeds"));
        }
        TermMatcher matcher = new TermMatcher(terms);

        assertEquals(
                Set.of("semillas de ulmus enano"),
                matcher.match(Map.of("title", "Enano ULMUS: semillas")).stream()
                        .map(TermMatcher.Match::term)
                        .collect(Collectors.toSet()));
        assertEquals(
                Set.of("ficus seeds", "coffea seeds"),
                matcher.match(Map.of("title", "Seeds of ficus and coffea")).stream()
                        .map(TermMatcher.Match::term)
                        .collect(Collectors.toSet()));
        assertEquals(List.of(), matcher.match(Map.of("title", "semillas de enano")));
    }
}
