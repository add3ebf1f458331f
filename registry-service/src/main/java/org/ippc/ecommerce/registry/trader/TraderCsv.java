package org.ippc.ecommerce.registry.trader;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import org.ippc.ecommerce.platform.SpreadsheetCells;

/**
 * The register as CSV, one trader a line (columns added later come last, so that a sheet reading by position
 * keeps working); lists are separated by {@code ;}, stores written
 * {@code platform:storeId}. Cells a spreadsheet would run as a formula are made safe
 * ({@link SpreadsheetCells}), and the import restores them.
 */
final class TraderCsv {
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
        "complianceNotes",
        "nationalRegisterNumber"
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
            String complianceNotes,
            String nationalRegisterNumber) {

        static Row of(TraderView t) {
            return new Row(
                    t.registrationNumber(),
                    SpreadsheetCells.safe(t.legalName()),
                    SpreadsheetCells.safe(String.join(";", t.tradingNames())),
                    t.countryCode(),
                    t.status(),
                    SpreadsheetCells.safe(t.address()),
                    SpreadsheetCells.safe(t.contactEmail()),
                    SpreadsheetCells.safe(t.contactPhone()),
                    SpreadsheetCells.safe(t.businessRegisterNumber()),
                    String.join(";", t.websites()),
                    SpreadsheetCells.safe(String.join(
                            ";",
                            t.stores().stream()
                                    .map(s -> s.platform() + ":" + s.storeId())
                                    .toList())),
                    String.join(";", t.productClasses()),
                    String.join(";", t.shipToCountries()),
                    SpreadsheetCells.safe(t.complianceNotes()),
                    SpreadsheetCells.safe(t.nationalRegisterNumber()));
        }
    }

    static SequenceWriter writer(OutputStream out) throws IOException {
        return CSV.writer(SCHEMA).writeValues(out);
    }
}
