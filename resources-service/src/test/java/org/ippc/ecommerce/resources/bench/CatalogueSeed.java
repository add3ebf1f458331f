package org.ippc.ecommerce.resources.bench;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.ippc.ecommerce.resources.submission.SearchTokens;

/**
 * Writes N published resources as CSV for {@code COPY contributed_resource (...) FROM STDIN}, for
 * deploy/bench: titles and summaries in one or two of the six UN languages, with the search
 * tokens made by the service's own {@link SearchTokens}, so that search finds them as it would
 * find resources published through the API. The same data on every run (fixed seed).
 */
public final class CatalogueSeed {
    private static final String COLUMNS = "id, titles, summaries, type, languages, topics, commodity_classes, regions,"
            + " countries, provider_name, provider_type, contact_email, publication_year, urls, consent_to_publish,"
            + " contributor_org, submitted_by, submitted_at, status, published_at, title_tokens, summary_tokens";

    private static final Map<String, String[]> WORDS = Map.of(
            "en",
                    words("seeds plants soil pests online trade guide parcels inspection commerce courier risk import"
                            + " requirements awareness marketplace biosecurity insects fungi bulbs quarantine customs postal"
                            + " sellers buyers certificate permit growing media nursery orchids"),
            "es",
                    words(
                            "semillas plantas suelo plagas comercio electrónico guía paquetes inspección riesgo importación"
                                    + " requisitos sensibilización mercado bioseguridad insectos hongos bulbos cuarentena aduanas correo"
                                    + " vendedores compradores certificado permiso sustratos vivero orquídeas"),
            "fr",
                    words(
                            "semences plantes sol ravageurs commerce électronique guide colis inspection risque importation"
                                    + " exigences sensibilisation marché biosécurité insectes champignons bulbes quarantaine douanes"
                                    + " poste vendeurs acheteurs certificat permis substrats pépinière orchidées"),
            "ru",
                    words(
                            "семена растения почва вредители торговля электронная руководство посылки инспекция риск импорт"
                                    + " требования осведомленность рынок биобезопасность насекомые грибы луковицы карантин таможня"
                                    + " почта продавцы покупатели сертификат разрешение субстраты питомник орхидеи"),
            "ar",
                    words("بذور نباتات تربة آفات تجارة إلكترونية دليل طرود تفتيش مخاطر استيراد متطلبات توعية سوق"
                            + " أمن حيوي حشرات فطريات أبصال حجر جمارك بريد بائعون مشترون شهادة تصريح مشتل"),
            "zh", words("种子 植物 土壤 害虫 电子商务 指南 包裹 检查 风险 进口 要求 宣传 市场 生物安全 昆虫 真菌 球茎 检疫" + " 海关 邮政 卖家 买家 证书 许可 苗圃 兰花"));
    private static final List<String> LANGUAGES = List.of("en", "es", "fr", "ru", "ar", "zh");
    private static final String[] TYPES = words("guide manual-sop training-kit factsheet-infographic risk-assessment"
            + " tool-software webinar e-learning video case-study awareness-material other");
    private static final String[] TOPICS = words("awareness customs data-it diagnostics e-commerce-platforms"
            + " industry-practice inspection legislation pest-risk-analysis postal-courier");
    private static final String[] CLASSES = words("seeds plants-for-planting bulbs-tubers cut-flowers-foliage"
            + " fruits-vegetables soil-growing-media living-organisms wood-handicrafts other");
    private static final String[] PROVIDER_TYPES = words("international-organization academia industry other");

    private CatalogueSeed() {}

    /** Arguments: how many, the first id; or {@code --columns} to print the columns of the rows. */
    public static void main(String[] args) {
        if (args[0].equals("--columns")) {
            System.out.println(COLUMNS);
            return;
        }
        int count = Integer.parseInt(args[0]);
        long firstId = Long.parseLong(args[1]);
        Random random = new Random(5);
        try (PrintWriter out = new PrintWriter(
                new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16))) {
            for (int i = 0; i < count; i++) {
                List<String> languages = new ArrayList<>(List.of(pick(random, LANGUAGES)));
                if (random.nextInt(3) == 0) {
                    String second = pick(random, LANGUAGES);
                    if (!languages.contains(second)) {
                        languages.add(second);
                    }
                }
                Map<String, String> titles = new LinkedHashMap<>();
                Map<String, String> summaries = new LinkedHashMap<>();
                for (String language : languages) {
                    titles.put(language, sentence(random, language, 6));
                    summaries.put(language, sentence(random, language, 30));
                }
                long id = firstId + i;
                out.println(String.join(
                        ",",
                        Long.toString(id),
                        quoted(json(titles)),
                        quoted(json(summaries)),
                        TYPES[random.nextInt(TYPES.length)],
                        quoted(array(languages)),
                        quoted(array(List.of(TOPICS[random.nextInt(TOPICS.length)]))),
                        quoted(array(List.of(CLASSES[random.nextInt(CLASSES.length)]))),
                        quoted(array(List.of("global"))),
                        quoted(array(List.of())),
                        "Bench provider " + (id % 100),
                        PROVIDER_TYPES[random.nextInt(PROVIDER_TYPES.length)],
                        "contact@bench.invalid",
                        Integer.toString(2010 + random.nextInt(17)),
                        quoted(array(List.of("https://bench.invalid/resource/" + id))),
                        "true",
                        "BENCH-" + (id % 100),
                        "bench",
                        "2026-01-01T00:00:00Z",
                        "published",
                        java.time.Instant.parse("2026-01-01T00:00:00Z")
                                .plusSeconds(id * 60)
                                .toString(),
                        quoted(array(SearchTokens.of(String.join(" ", titles.values())))),
                        quoted(array(SearchTokens.of(String.join(" ", summaries.values()))))));
            }
        }
    }

    private static String[] words(String text) {
        return text.split(" ");
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String sentence(Random random, String language, int length) {
        String[] words = WORDS.get(language);
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            picked.add(words[random.nextInt(words.length)]);
        }
        return String.join("zh".equals(language) ? "" : " ", picked);
    }

    private static String json(Map<String, String> texts) {
        return texts.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A PostgreSQL array literal; every element is a plain word or code, quoted for safety. */
    private static String array(List<String> values) {
        return values.stream()
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quoted(String csvField) {
        return "\"" + csvField.replace("\"", "\"\"") + "\"";
    }
}
