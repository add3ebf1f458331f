package org.ippc.ecommerce.resources.catalogue;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.ippc.ecommerce.platform.SpreadsheetCells;

/**
 * The published catalogue as CSV, one row per resource. Cells that a spreadsheet would run as a
 * formula ({@code = + - @}, tab, carriage return) are prefixed with an apostrophe.
 */
final class CatalogueCsv {
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();
    private static final String PREFERRED_LANGUAGE = "en";

    private CatalogueCsv() {}

    @JsonPropertyOrder({
        "id",
        "title",
        "titleLanguage",
        "type",
        "languages",
        "topics",
        "commodityClasses",
        "regions",
        "countries",
        "provider",
        "providerType",
        "author",
        "publicationYear",
        "urls",
        "gapId",
        "publishedAt",
        "summary"
    })
    record Row(
            long id,
            String title,
            String titleLanguage,
            String type,
            String languages,
            String topics,
            String commodityClasses,
            String regions,
            String countries,
            String provider,
            String providerType,
            String author,
            int publicationYear,
            String urls,
            String gapId,
            String publishedAt,
            String summary) {

        static Row of(PublishedResourceView resource) {
            String language = resource.titles().containsKey(PREFERRED_LANGUAGE)
                    ? PREFERRED_LANGUAGE
                    : resource.titles().keySet().iterator().next();
            return new Row(
                    resource.id(),
                    SpreadsheetCells.safe(resource.titles().get(language)),
                    language,
                    resource.type(),
                    joined(resource.languages()),
                    joined(resource.topics()),
                    joined(resource.commodityClasses()),
                    joined(resource.regions()),
                    joined(resource.countries()),
                    SpreadsheetCells.safe(resource.provider().name()),
                    resource.provider().type(),
                    SpreadsheetCells.safe(resource.author()),
                    resource.publicationYear(),
                    SpreadsheetCells.safe(joined(resource.urls())),
                    resource.gapId() == null ? "" : resource.gapId().toString(),
                    resource.publishedAt().toString(),
                    SpreadsheetCells.safe(inLanguage(resource.summaries(), language)));
        }
    }

    static SequenceWriter writer(OutputStream out) throws IOException {
        return CSV.writer(SCHEMA).writeValues(out);
    }

    private static String inLanguage(Map<String, String> texts, String language) {
        return texts.getOrDefault(language, texts.values().iterator().next());
    }

    private static String joined(List<String> values) {
        return String.join(" ", values);
    }
}
