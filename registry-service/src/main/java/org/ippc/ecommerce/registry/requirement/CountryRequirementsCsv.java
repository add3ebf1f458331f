package org.ippc.ecommerce.registry.requirement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;
import org.ippc.ecommerce.platform.SpreadsheetCells;
import org.ippc.ecommerce.registry.product.HsCode;

/**
 * A country's requirements as CSV, one requirement a line (a product may have one for every origin and others for
 * named ones); HS codes, origins and documents separated by {@code ;}, "ex" after a partial HS code; the conditions
 * in one column per language; the exemptions as a JSON array, so that nothing of them is lost.
 */
final class CountryRequirementsCsv {
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();
    private static final ObjectMapper JSON = new ObjectMapper();

    private CountryRequirementsCsv() {}

    /** The columns, in their order; an import reads a file with the same header, in any order. */
    static final List<String> COLUMNS =
            List.of(Row.class.getAnnotation(JsonPropertyOrder.class).value());

    @JsonPropertyOrder({
        "productId",
        "product",
        "commodityClass",
        "hsCodes",
        "status",
        "legalBasis",
        "url",
        "effectiveFrom",
        "effectiveTo",
        "origins",
        "documents",
        "conditions.ar",
        "conditions.en",
        "conditions.es",
        "conditions.fr",
        "conditions.ru",
        "conditions.zh",
        "exemptions"
    })
    record Row(
            long productId,
            String product,
            String commodityClass,
            String hsCodes,
            String status,
            String legalBasis,
            String url,
            String effectiveFrom,
            String effectiveTo,
            String origins,
            String documents,
            @JsonProperty("conditions.ar") String conditionsAr,
            @JsonProperty("conditions.en") String conditionsEn,
            @JsonProperty("conditions.es") String conditionsEs,
            @JsonProperty("conditions.fr") String conditionsFr,
            @JsonProperty("conditions.ru") String conditionsRu,
            @JsonProperty("conditions.zh") String conditionsZh,
            String exemptions) {

        static Row of(CountryRequirement item) throws JsonProcessingException {
            RequirementView requirement = item.requirement();
            return new Row(
                    item.productId(),
                    SpreadsheetCells.safe(item.productName()),
                    item.commodityClass(),
                    String.join(
                            ";",
                            item.hsCodes().stream()
                                    .map((HsCode code) -> code.partial() ? code.code() + " ex" : code.code())
                                    .toList()),
                    requirement.status(),
                    SpreadsheetCells.safe(requirement.legalBasis()),
                    SpreadsheetCells.safe(requirement.url()),
                    requirement.effectiveFrom().toString(),
                    requirement.effectiveTo() == null
                            ? null
                            : requirement.effectiveTo().toString(),
                    String.join(";", requirement.origins()),
                    String.join(";", requirement.documents()),
                    SpreadsheetCells.safe(requirement.conditions().get("ar")),
                    SpreadsheetCells.safe(requirement.conditions().get("en")),
                    SpreadsheetCells.safe(requirement.conditions().get("es")),
                    SpreadsheetCells.safe(requirement.conditions().get("fr")),
                    SpreadsheetCells.safe(requirement.conditions().get("ru")),
                    SpreadsheetCells.safe(requirement.conditions().get("zh")),
                    requirement.exemptions().isEmpty() ? null : JSON.writeValueAsString(requirement.exemptions()));
        }
    }

    static String of(List<CountryRequirement> items) throws JsonProcessingException {
        List<Row> rows = new ArrayList<>();
        for (CountryRequirement item : items) {
            rows.add(Row.of(item));
        }
        return CSV.writer(SCHEMA).writeValueAsString(rows);
    }
}
