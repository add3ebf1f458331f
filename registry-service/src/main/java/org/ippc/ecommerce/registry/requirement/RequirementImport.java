package org.ippc.ecommerce.registry.requirement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.ControlCharacters;
import org.ippc.ecommerce.platform.OfficialLanguage;
import org.ippc.ecommerce.platform.Problems;
import org.ippc.ecommerce.platform.SpreadsheetCells;

/**
 * A country's whole requirement list from a CSV file, in the columns of its export (product, commodityClass and
 * hsCodes are read by people, not by the import): each line sets the requirement
 * of a product for its origins from its day, or corrects the one that starts that day for the same origins, or
 * leaves it as it is. All lines are written in one transaction, or none: with a rejected line nothing is written
 * unless {@code partial} is asked, and a dry run writes nothing. A country's list is bounded by the product list,
 * so the file is read in memory and answered at once (no job).
 */
@ApplicationScoped
public class RequirementImport {
    static final int MAX_LINES = 20_000;

    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequirementService service;
    private final RequirementRepository requirements;
    private final Validator validator;
    private final MeterRegistry meters;

    RequirementImport(
            RequirementService service, RequirementRepository requirements, Validator validator, MeterRegistry meters) {
        this.service = service;
        this.requirements = requirements;
        this.validator = validator;
        this.meters = meters;
    }

    @Schema(name = "RequirementImportLine", description = "What became of one line (the header is line 1).")
    public record Line(
            int line,

            @Schema(enumeration = {"created", "updated", "unchanged", "rejected"})
            String outcome,

            @Schema(nullable = true) Long productId,

            @Schema(nullable = true, description = "the requirement the line set or corrected")
            Long requirementId,

            @Schema(nullable = true) String column,
            @Schema(nullable = true) String reason) {}

    @Schema(name = "RequirementImportReport")
    public record Report(
            boolean dryRun,
            boolean partial,

            @Schema(description = "whether the created and updated lines were written")
            boolean written,

            int lines,
            int created,
            int updated,
            int unchanged,
            int rejected,
            List<Line> results) {}

    /** A cell that cannot be read, with its column. */
    private static final class Unreadable extends RuntimeException {
        final String column;

        Unreadable(String column, String reason) {
            super(reason);
            this.column = column;
        }
    }

    /** Imports the file for the caller's country (the caller is its NPPO). */
    public Report run(String country, InputStream body, Charset charset, boolean dryRun, boolean partial) {
        List<Map<String, String>> rows = read(body, charset);
        Report report = writtenOrNot(rows, country, dryRun, partial);
        report.results().forEach(line -> meters.counter(
                        "ippc.requirement.import.lines",
                        "outcome",
                        line.outcome(),
                        "written",
                        String.valueOf(report.written()))
                .increment());
        return report;
    }

    private Report writtenOrNot(List<Map<String, String>> rows, String country, boolean dryRun, boolean partial) {
        try {
            return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
                List<Line> results = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    results.add(importLine(i + 2, rows.get(i), country));
                }
                long rejected = results.stream()
                        .filter(l -> l.outcome().equals("rejected"))
                        .count();
                if (dryRun || (rejected > 0 && !partial)) {
                    throw new NotWritten(report(dryRun, partial, false, results));
                }
                return report(dryRun, partial, true, results);
            });
        } catch (NotWritten rolledBack) {
            return rolledBack.report;
        }
    }

    /** Rolls the import's transaction back, with the report of what would have been written. */
    private static final class NotWritten extends RuntimeException {
        final transient Report report;

        NotWritten(Report report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    private Line importLine(int line, Map<String, String> row, String country) {
        Long productId = null;
        try {
            productId = Long.valueOf(required(row, "productId"));
            NewRequirement request = request(row);
            Set<ConstraintViolation<NewRequirement>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                ConstraintViolation<NewRequirement> first = violations.stream()
                        .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                        .orElseThrow();
                String column = first.getPropertyPath().toString().replaceAll("[\\[.].*", "");
                return new Line(line, "rejected", productId, null, column, first.getMessage());
            }
            long product = productId;
            ImportRequirement current = requirements.startingOn(product, country, request.effectiveFrom()).stream()
                    .filter(r -> Set.copyOf(r.origins).equals(Set.copyOf(request.origins())))
                    .findFirst()
                    .orElse(null);
            if (current == null) {
                return new Line(line, "created", productId, service.setInOwnCountry(product, request).id, null, null);
            }
            if (RequirementService.leavesUnchanged(current, request)) {
                return new Line(line, "unchanged", productId, current.id, null, null);
            }
            return new Line(line, "updated", productId, service.correct(current, request).id, null, null);
        } catch (NumberFormatException notANumber) {
            return new Line(line, "rejected", null, null, "productId", "must be a product id, a whole number");
        } catch (Unreadable unreadable) {
            return new Line(line, "rejected", productId, null, unreadable.column, unreadable.getMessage());
        } catch (HttpProblem refused) {
            return new Line(line, "rejected", productId, null, null, refused.getDetail());
        }
    }

    private static NewRequirement request(Map<String, String> row) {
        Map<String, String> conditions = new LinkedHashMap<>();
        for (String language : OfficialLanguage.CODES) {
            String text = text(row, "conditions." + language);
            if (text != null) {
                conditions.put(language, text);
            }
        }
        return new NewRequirement(
                required(row, "status"),
                text(row, "legalBasis"),
                text(row, "url"),
                date(row, "effectiveFrom"),
                date(row, "effectiveTo"),
                list(row, "origins"),
                conditions,
                list(row, "documents"),
                exemptions(row));
    }

    private static String required(Map<String, String> row, String column) {
        String value = text(row, column);
        if (value == null) {
            throw new Unreadable(column, "is required");
        }
        return value;
    }

    private static String text(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value != null && ControlCharacters.present(value)) {
            throw new Unreadable(column, "contains a control character");
        }
        return value == null || value.isBlank() ? null : SpreadsheetCells.restored(value.strip());
    }

    private static LocalDate date(Map<String, String> row, String column) {
        String value = text(row, column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            throw new Unreadable(column, "must be a date, e.g. 2026-01-01");
        }
    }

    private static List<String> list(Map<String, String> row, String column) {
        return SpreadsheetCells.items(text(row, column));
    }

    private static List<Exemption> exemptions(Map<String, String> row) {
        String value = text(row, "exemptions");
        try {
            return value == null ? List.of() : JSON.readValue(value, new TypeReference<List<Exemption>>() {});
        } catch (JsonProcessingException notJson) {
            throw new Unreadable("exemptions", "must be a JSON array of exemptions, as the export writes them");
        }
    }

    private static List<Map<String, String>> read(InputStream body, Charset charset) {
        try (Reader reader = new InputStreamReader(body, charset.newDecoder());
                MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(reader)) {
            List<Map<String, String>> read = new ArrayList<>();
            boolean any = rows.hasNextValue(); // reads the header
            requireKnownColumns((CsvSchema) rows.getParser().getSchema());
            while (any && rows.hasNextValue()) {
                if (read.size() == MAX_LINES) {
                    throw HttpProblem.builder()
                            .withStatus(413)
                            .withTitle("Too many lines")
                            .withDetail("A requirement list holds at most %d lines.".formatted(MAX_LINES))
                            .build();
                }
                read.add(rows.nextValue());
            }
            return read;
        } catch (CharacterCodingException e) {
            throw Problems.badRequest("The file is not %s text; send it as UTF-8 or name its charset in Content-Type."
                    .formatted(charset));
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof HttpProblem problem) {
                throw problem;
            }
            throw Problems.badRequest("The file is not readable CSV: " + unreadable.getMessage());
        }
    }

    private static void requireKnownColumns(CsvSchema header) {
        Set<String> unknown = new TreeSet<>();
        header.forEach(column -> {
            if (!CountryRequirementsCsv.COLUMNS.contains(column.getName())) {
                unknown.add(column.getName());
            }
        });
        if (!unknown.isEmpty()) {
            throw Problems.badRequest("Unknown columns: %s. The columns are those of the export: %s."
                    .formatted(String.join(", ", unknown), String.join(", ", CountryRequirementsCsv.COLUMNS)));
        }
        if (header.column("productId") == null) {
            throw Problems.badRequest("The header names no productId column.");
        }
    }

    private static Report report(boolean dryRun, boolean partial, boolean written, List<Line> results) {
        Map<String, Long> counts =
                results.stream().collect(Collectors.groupingBy(Line::outcome, Collectors.counting()));
        return new Report(
                dryRun,
                partial,
                written,
                results.size(),
                counts.getOrDefault("created", 0L).intValue(),
                counts.getOrDefault("updated", 0L).intValue(),
                counts.getOrDefault("unchanged", 0L).intValue(),
                counts.getOrDefault("rejected", 0L).intValue(),
                List.copyOf(results));
    }
}
