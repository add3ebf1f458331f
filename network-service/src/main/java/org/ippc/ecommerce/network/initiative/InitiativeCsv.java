package org.ippc.ecommerce.network.initiative;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.ippc.ecommerce.platform.SpreadsheetCells;

/**
 * The public initiative list as CSV. Cells that a spreadsheet would run as a formula are made
 * {@link SpreadsheetCells#safe}.
 */
final class InitiativeCsv {
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    private InitiativeCsv() {}

    @JsonPropertyOrder({
        "id",
        "rppo",
        "title",
        "type",
        "status",
        "countries",
        "leadOrganization",
        "partnerOrganizations",
        "startDate",
        "endDate",
        "links",
        "source",
        "description"
    })
    record Row(
            long id,
            String rppo,
            String title,
            String type,
            String status,
            String countries,
            String leadOrganization,
            String partnerOrganizations,
            String startDate,
            String endDate,
            String links,
            String source,
            String description) {

        static Row of(InitiativeView i) {
            return new Row(
                    i.id(),
                    i.rppo(),
                    SpreadsheetCells.safe(i.title()),
                    i.type(),
                    i.status(),
                    String.join(" ", i.countries()),
                    SpreadsheetCells.safe(i.leadOrganization()),
                    SpreadsheetCells.safe(String.join("; ", i.partnerOrganizations())),
                    String.valueOf(i.startDate()),
                    i.endDate() == null ? "" : i.endDate().toString(),
                    SpreadsheetCells.safe(String.join(" ", i.links())),
                    SpreadsheetCells.safe(i.source()),
                    SpreadsheetCells.safe(i.description()));
        }
    }

    static SequenceWriter writer(OutputStream out) throws IOException {
        return CSV.writer(SCHEMA).writeValues(out);
    }

    static void write(SequenceWriter writer, List<InitiativeView> initiatives) throws IOException {
        for (InitiativeView initiative : initiatives) {
            writer.write(Row.of(initiative));
        }
    }
}
