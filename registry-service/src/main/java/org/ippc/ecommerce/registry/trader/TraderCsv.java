package org.ippc.ecommerce.registry.trader;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The register as CSV, one trader a line; lists are separated by {@code ;}, stores written
 * {@code platform:storeId}. Cells a spreadsheet would run as a formula ({@code = + - @}, tab,
 * carriage return) are prefixed with an apostrophe, which the import drops again.
 */
final class TraderCsv {
    /** What a spreadsheet takes for the start of a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    private TraderCsv() {}

    @JsonPropertyOrder({
        "registrationNumber",
        "legalName",
        "tradingNames",
        "countryCode",
        "status",
        "address",
        "contactEmail",
        "contactPhone",
        "businessRegisterNumber",
        "websites",
        "stores",
        "productClasses",
        "shipToCountries",
        "complianceNotes"
    })
    record Row(
            String registrationNumber,
            String legalName,
            String tradingNames,
            String countryCode,
            String status,
            String address,
            String contactEmail,
            String contactPhone,
            String businessRegisterNumber,
            String websites,
            String stores,
            String productClasses,
            String shipToCountries,
            String complianceNotes) {

        static Row of(TraderView t) {
            return new Row(
                    t.registrationNumber(),
                    safe(t.legalName()),
                    safe(String.join(";", t.tradingNames())),
                    t.countryCode(),
                    t.status(),
                    safe(t.address()),
                    safe(t.contactEmail()),
                    safe(t.contactPhone()),
                    safe(t.businessRegisterNumber()),
                    String.join(";", t.websites()),
                    safe(String.join(
                            ";",
                            t.stores().stream()
                                    .map(s -> s.platform() + ":" + s.storeId())
                                    .toList())),
                    String.join(";", t.productClasses()),
                    String.join(";", t.shipToCountries()),
                    safe(t.complianceNotes()));
        }
    }

    static SequenceWriter writer(OutputStream out) throws IOException {
        return CSV.writer(SCHEMA).writeValues(out);
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** A cell as it was before {@link #safe}, so that an exported register imports back as it was. */
    static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }
}
