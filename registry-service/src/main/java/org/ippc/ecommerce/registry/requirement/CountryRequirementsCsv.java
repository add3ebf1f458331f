package org.ippc.ecommerce.registry.requirement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;
import org.ippc.ecommerce.platform.SpreadsheetCells;
import org.ippc.ecommerce.registry.product.HsCode;

/** A country's requirements as CSV, one product a line; HS codes separated by {@code ;}, "ex" after a partial one. */
final class CountryRequirementsCsv {
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    private CountryRequirementsCsv() {}

    @JsonPropertyOrder({
        "productId",
        "product",
        "commodityClass",
        "hsCodes",
        "status",
        "legalBasis",
        "url",
        "effectiveFrom",
        "effectiveTo"
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
            String effectiveTo) {

        static Row of(CountryRequirement item) {
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
                            : requirement.effectiveTo().toString());
        }
    }

    static String of(List<CountryRequirement> items) throws JsonProcessingException {
        return CSV.writer(SCHEMA).writeValueAsString(items.stream().map(Row::of).toList());
    }
}
