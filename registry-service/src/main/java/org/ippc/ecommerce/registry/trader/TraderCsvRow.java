package org.ippc.ecommerce.registry.trader;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ippc.ecommerce.platform.ControlCharacters;
import org.ippc.ecommerce.platform.SpreadsheetCells;

/**
 * One line of an import file as a registration request. The columns are those of the export:
 * lists separated by {@code ;}, stores written {@code platform:storeId}; {@code status} is read
 * by neither (it changes only through a status action).
 */
final class TraderCsvRow {
    /** The columns of the export, which the import reads too. */
    static final Set<String> COLUMNS = Arrays.stream(TraderCsv.Row.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    /** A cell that cannot be read, with its column. */
    static final class Unreadable extends RuntimeException {
        final String column;

        Unreadable(String column, String reason) {
            super(reason);
            this.column = column;
        }
    }

    private TraderCsvRow() {}

    /** The line as a request; without a country, the trader is established in the importing NPPO's. */
    static TraderRequest toRequest(Map<String, String> row, String importersCountry) {
        row.forEach((column, cell) -> {
            if (ControlCharacters.present(cell)) {
                throw new Unreadable(column, "contains a control character");
            }
        });
        return new TraderRequest(
                text(row, "registrationNumber"),
                text(row, "nationalRegisterNumber"),
                text(row, "legalName"),
                list(row, "tradingNames"),
                Objects.requireNonNullElse(text(row, "countryCode"), importersCountry),
                text(row, "address"),
                text(row, "contactEmail"),
                text(row, "contactPhone"),
                text(row, "businessRegisterNumber"),
                list(row, "websites"),
                list(row, "stores").stream().map(TraderCsvRow::store).toList(),
                list(row, "productClasses"),
                list(row, "shipToCountries"),
                text(row, "complianceNotes"));
    }

    private static TraderRequest.Store store(String cell) {
        int colon = cell.indexOf(':');
        if (colon <= 0 || colon == cell.length() - 1) {
            throw new Unreadable("stores", "'%s' is not platform:storeId".formatted(cell));
        }
        return new TraderRequest.Store(
                cell.substring(0, colon).strip(), cell.substring(colon + 1).strip(), null);
    }

    private static String text(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : SpreadsheetCells.restored(value.strip());
    }

    private static List<String> list(Map<String, String> row, String column) {
        return SpreadsheetCells.items(text(row, column));
    }
}
