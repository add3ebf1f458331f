package org.ippc.ecommerce.registry.trader;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ippc.ecommerce.platform.Caller;
import org.ippc.ecommerce.platform.Problems;

/**
 * Imports a CSV file of traders of the caller's country in two passes over a spooled copy: the
 * first checks every line as the API would (and against the other lines), the second writes them
 * in one transaction, new traders by COPY, a few thousand lines at a time so that memory stays flat.
 * Nothing is written on a dry run, nor when a line is rejected unless a partial import is asked. An import
 * job follows it through {@link Progress}.
 */
@ApplicationScoped
public class TraderImport {
    /** The lines checked at a time: the register is asked once for a chunk's numbers and presence keys. */
    private static final int CHECK_CHUNK = 500;
    /**
     * The lines written at a time. Each chunk's COPY statements wait for PostgreSQL to finish, then PostgreSQL waits
     * for the next chunk's rows: fewer, larger chunks keep both busier.
     */
    private static final int WRITE_CHUNK = 2500;

    private static final CsvMapper CSV = new CsvMapper();

    private final TraderService service;
    private final TraderRepository traders;
    private final Validator validator;
    private final Caller caller;
    private final MeterRegistry meters;

    TraderImport(
            TraderService service, TraderRepository traders, Validator validator, Caller caller, MeterRegistry meters) {
        this.meters = meters;
        this.service = service;
        this.traders = traders;
        this.validator = validator;
        this.caller = caller;
    }

    @Schema(name = "ImportLine", description = "What became of one line (the header is line 1).")
    public record Line(
            int line,

            @Schema(
                    enumeration = {"created", "updated", "unchanged", "rejected"},
                    description = "unchanged: the line reads as the trader already does, so nothing is written")
            String outcome,

            @Schema(nullable = true) String registrationNumber,
            @Schema(nullable = true) String column,
            @Schema(nullable = true) String reason) {}

    @Schema(name = "ImportReport")
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

    /** What an import reports while it runs; an import job keeps it. */
    public interface Progress {
        Progress NONE = new Progress() {};

        /** Lines read from the file, a chunk at a time, before they are checked. */
        default void read(int lines) {}

        /** The outcome of lines just checked. */
        default void checked(List<Line> lines) {}

        /** Lines just written. */
        default void written(int lines) {}

        /**
         * The import's report: called as the last step of the transaction that writes the lines, so that what is
         * recorded with it is committed with them or not at all; in a transaction of its own when nothing is written.
         */
        default void completed(Report report) {}
    }

    /** Imports the request's file, read in the given character set. */
    public Report run(InputStream body, Charset charset, boolean dryRun, boolean partial) {
        Path spooled = spool(body);
        try {
            return run(spooled, charset, dryRun, partial, Progress.NONE);
        } finally {
            delete(spooled);
        }
    }

    /** Imports a spooled file, telling its progress; the file stays where it is. */
    public Report run(Path spooled, Charset charset, boolean dryRun, boolean partial, Progress progress) {
        String country = caller.country();
        List<Line> results = new ArrayList<>();
        check(spooled, charset, country, results, progress);
        int rejected = (int)
                results.stream().filter(l -> l.outcome().equals("rejected")).count();
        boolean writable = (rejected == 0 || partial) && rejected < results.size();
        boolean write = !dryRun && writable;
        if (dryRun && writable) {
            service.requireNumbersLeft(country, newTradersWithoutNumber(results));
        }
        Report report;
        if (write) {
            Iterator<String> issued = numbersToIssue(country, results).iterator();
            report = QuarkusTransaction.requiringNew().timeout(1800).call(() -> {
                write(spooled, charset, country, results, issued, progress);
                Report written = report(dryRun, partial, true, results);
                progress.completed(written);
                return written;
            });
        } else {
            report = report(dryRun, partial, false, results);
            QuarkusTransaction.requiringNew().run(() -> progress.completed(report));
        }
        results.forEach(line -> meters.counter(
                        "ippc.trader.import.lines", "outcome", line.outcome(), "written", String.valueOf(write))
                .increment());
        return report;
    }

    /** Refuses, before any line is read, a file whose header is unreadable or names unknown columns. */
    public static void requireReadableHeader(Path spooled, Charset charset) {
        readInChunks(spooled, charset, 0, chunk -> {});
    }

    /** A copy of the request's body in a temporary file, which the caller deletes. */
    public static Path spool(InputStream body) {
        try {
            Path file = Files.createTempFile("trader-import-", ".csv");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path spooled) {
        try {
            Files.deleteIfExists(spooled);
        } catch (IOException ignored) {
            // a temporary file the operating system cleans up anyway
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

    /** First pass: every line checked, by chunks so that the register is asked once per chunk. */
    private void check(Path file, Charset charset, String country, List<Line> results, Progress progress) {
        Set<String> keysInFile = new HashSet<>();
        Set<String> numbersInFile = new HashSet<>();
        Set<String> nationalNumbersInFile = new HashSet<>();
        readInChunks(file, charset, CHECK_CHUNK, chunk -> {
            progress.read(chunk.size());
            int checkedBefore = results.size();
            // Each line is read and checked on its own, the CPU's part of the pass: on every core at once.
            Map<Integer, ReadLine> read = chunk.entrySet().parallelStream()
                    .collect(Collectors.toMap(Map.Entry::getKey, row -> read(row.getValue(), country)));
            List<TraderRequest> requests = read.values().stream()
                    .map(ReadLine::request)
                    .filter(request -> request != null)
                    .toList();
            Set<String> numbers = requests.stream()
                    .map(TraderRequest::registrationNumber)
                    .filter(n -> n != null)
                    .collect(Collectors.toSet());
            Map<String, Trader> existing = numbers.isEmpty()
                    ? Map.of()
                    : traders.withRegistrationNumbers(numbers).stream()
                            .collect(Collectors.toMap(t -> t.registrationNumber, t -> t));
            Map<String, Trader> byNationalNumber = traders
                    .withNationalNumbers(
                            country,
                            requests.stream()
                                    .map(TraderImport::nationalNumber)
                                    .filter(n -> n != null)
                                    .collect(Collectors.toSet()))
                    .stream()
                    .collect(Collectors.toMap(t -> t.nationalRegisterNumber, t -> t));
            Map<String, OnlinePresence> held = traders
                    .presencesWithKeys(read.values().stream()
                            .flatMap(readLine -> readLine.keys().stream())
                            .collect(Collectors.toSet()))
                    .stream()
                    .collect(Collectors.toMap(p -> p.key, p -> p));
            for (int line : new TreeSet<>(chunk.keySet())) {
                ReadLine readLine = read.get(line);
                TraderRequest request = readLine.request();
                if (request == null) {
                    results.add(new Line(line, "rejected", null, readLine.column(), readLine.problem()));
                    continue;
                }
                String national = nationalNumber(request);
                Trader nationalHolder = national == null ? null : byNationalNumber.get(national);
                String number = request.registrationNumber();
                // Without the issued number, the NPPO's own number says which trader the line is.
                Trader current = number != null ? existing.get(number) : nationalHolder;
                if (number == null && current != null) {
                    number = current.registrationNumber;
                }
                String problem = null;
                String column = null;
                if (national != null && !nationalNumbersInFile.add(national)) {
                    column = "nationalRegisterNumber";
                    problem = "%s appears on an earlier line of the file".formatted(national);
                } else if (nationalHolder != null && (current == null || !nationalHolder.id.equals(current.id))) {
                    column = "nationalRegisterNumber";
                    problem = "%s is held by trader %s".formatted(national, nationalHolder.registrationNumber);
                } else if (number != null && !numbersInFile.add(number)) {
                    column = "registrationNumber";
                    problem = "%s appears on an earlier line of the file".formatted(number);
                } else if (current != null && !current.countryCode.equals(country)) {
                    column = "registrationNumber";
                    problem = "%s is a trader of %s".formatted(number, current.countryCode);
                } else if (number != null && current == null && !number.startsWith(country + "-")) {
                    column = "registrationNumber";
                    problem = "must start with %s-".formatted(country);
                } else {
                    for (String key : readLine.keys()) {
                        OnlinePresence holder = held.get(key);
                        if (holder != null && (current == null || !holder.trader.id.equals(current.id))) {
                            column = PresenceKeys.isWebsite(key) ? "websites" : "stores";
                            problem = "%s is held by trader %s".formatted(key, holder.trader.registrationNumber);
                            break;
                        }
                        if (!keysInFile.add(key)) {
                            column = PresenceKeys.isWebsite(key) ? "websites" : "stores";
                            problem = "%s appears on an earlier line of the file".formatted(key);
                            break;
                        }
                    }
                }
                results.add(
                        problem == null
                                ? new Line(line, outcome(current, request), number, null, null)
                                : new Line(line, "rejected", number, column, problem));
            }
            traders.getEntityManager().clear();
            progress.checked(results.subList(checkedBefore, results.size()));
        });
    }

    /**
     * The registration numbers of the file's new traders that bring none, none of them one another line brings, all
     * taken at once before anything is written, in a transaction of its own: a country with too few left is a 409
     * with nothing written, and its counter is not held while the file is.
     */
    private List<String> numbersToIssue(String country, List<Line> results) {
        int count = newTradersWithoutNumber(results);
        Set<String> brought = results.stream()
                .filter(line -> line.outcome().equals("created") && line.registrationNumber() != null)
                .map(Line::registrationNumber)
                .collect(Collectors.toSet());
        return count == 0
                ? List.of()
                : QuarkusTransaction.requiringNew().call(() -> service.issueNumbers(country, count, brought));
    }

    private static int newTradersWithoutNumber(List<Line> results) {
        return (int) results.stream()
                .filter(line -> line.outcome().equals("created") && line.registrationNumber() == null)
                .count();
    }

    /** Second pass: the accepted lines written, the issued registration numbers reported. */
    private void write(
            Path file,
            Charset charset,
            String country,
            List<Line> results,
            Iterator<String> issued,
            Progress progress) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            index.put(results.get(i).line(), i);
        }
        readInChunks(file, charset, WRITE_CHUNK, chunk -> {
            List<Integer> lines = new ArrayList<>(new TreeSet<>(chunk.keySet()));
            Map<Integer, TraderRequest> requests = new HashMap<>();
            for (int line : lines) {
                Line result = results.get(index.get(line));
                if (result.outcome().equals("created") || result.outcome().equals("updated")) {
                    requests.put(line, TraderCsvRow.toRequest(chunk.get(line), country));
                }
            }
            Map<String, TraderRequest> toCreate = new LinkedHashMap<>();
            for (int line : lines) {
                TraderRequest request = requests.get(line);
                if (request == null) {
                    continue;
                }
                int at = index.get(line);
                Line result = results.get(at);
                String number;
                if (result.outcome().equals("updated")) {
                    Trader current = traders.findByRegistrationNumber(result.registrationNumber())
                            .orElseThrow();
                    number = service.update(current, keepingStoreUrls(request, current), "imported").registrationNumber;
                    // An update flushes, and a flush checks every entity still managed: the chunk's updated traders
                    // are let go one by one, not all at the chunk's end.
                    traders.flush();
                    traders.getEntityManager().clear();
                } else {
                    number = request.registrationNumber() != null ? request.registrationNumber() : issued.next();
                    toCreate.put(number, request);
                }
                results.set(at, new Line(line, result.outcome(), number, null, null));
            }
            service.createAllChecked(toCreate);
            traders.flush();
            traders.getEntityManager().clear();
            progress.written(requests.size());
        });
    }

    private static String nationalNumber(TraderRequest request) {
        return request.nationalRegisterNumber() == null
                ? null
                : request.nationalRegisterNumber().strip();
    }

    private static String outcome(Trader current, TraderRequest request) {
        if (current == null) {
            return "created";
        }
        return TraderService.leavesUnchanged(current, keepingStoreUrls(request, current)) ? "unchanged" : "updated";
    }

    /** A file has no store addresses ({@code platform:storeId}): a store the trader has keeps its own. */
    private static TraderRequest keepingStoreUrls(TraderRequest request, Trader current) {
        Map<String, String> urls = new HashMap<>();
        current.presences.stream()
                .filter(presence -> OnlinePresence.STORE.equals(presence.kind) && presence.url != null)
                .forEach(presence -> urls.put(presence.key, presence.url));
        return request.withStores(request.stores().stream()
                .map(store -> new TraderRequest.Store(
                        store.platform(),
                        store.storeId(),
                        urls.get(PresenceKeys.store(store.platform(), store.storeId()))))
                .toList());
    }

    /** A line read and checked on its own: its request and the keys of its presences, or why it is rejected. */
    private record ReadLine(TraderRequest request, Set<String> keys, String column, String problem) {
        static ReadLine rejected(String column, String problem) {
            return new ReadLine(null, Set.of(), column, problem);
        }
    }

    private ReadLine read(Map<String, String> row, String country) {
        TraderRequest request;
        try {
            request = TraderCsvRow.toRequest(row, country);
        } catch (TraderCsvRow.Unreadable | IllegalArgumentException unreadable) {
            return ReadLine.rejected(
                    unreadable instanceof TraderCsvRow.Unreadable u ? u.column : null, unreadable.getMessage());
        }
        Set<ConstraintViolation<TraderRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<TraderRequest> first = violations.stream()
                    .min((a, b) -> a.getPropertyPath()
                            .toString()
                            .compareTo(b.getPropertyPath().toString()))
                    .orElseThrow();
            return ReadLine.rejected(first.getPropertyPath().toString().replaceAll("[\\[.].*", ""), first.getMessage());
        }
        if (!country.equals(request.countryCode())) {
            return ReadLine.rejected(
                    "countryCode", "only traders established in %s can be imported by its NPPO".formatted(country));
        }
        return new ReadLine(request, keys(request), null, null);
    }

    private static Set<String> keys(TraderRequest request) {
        Set<String> keys = new HashSet<>();
        for (String website : request.websites()) {
            PresenceKeys.host(website).ifPresent(host -> keys.add(PresenceKeys.website(host)));
        }
        for (TraderRequest.Store store : request.stores()) {
            keys.add(PresenceKeys.store(store.platform(), store.storeId()));
        }
        return keys;
    }

    /**
     * Reads the file's lines by chunks of a size, each line by its number in the file (the header is 1); a size of
     * 0 reads the header only.
     */
    private static void readInChunks(
            Path file, Charset charset, int size, Consumer<Map<Integer, Map<String, String>>> chunkHandler) {
        try (Reader reader = Files.newBufferedReader(file, charset);
                MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(reader)) {
            boolean any = rows.hasNextValue(); // reads the header
            requireKnownColumns(rows);
            Map<Integer, Map<String, String>> chunk = new HashMap<>();
            int line = 1;
            while (any && size > 0 && rows.hasNextValue()) {
                chunk.put(++line, rows.nextValue());
                if (chunk.size() == size) {
                    chunkHandler.accept(chunk);
                    chunk = new HashMap<>();
                }
            }
            if (!chunk.isEmpty()) {
                chunkHandler.accept(chunk);
            }
        } catch (CharacterCodingException e) {
            throw Problems.badRequest("The file is not %s text; send it as UTF-8 or name its charset in Content-Type."
                    .formatted(charset));
        } catch (IOException e) {
            throw Problems.badRequest("The file is not readable CSV: " + e.getMessage());
        }
    }

    private static void requireKnownColumns(MappingIterator<Map<String, String>> rows) {
        CsvSchema header = (CsvSchema) rows.getParser().getSchema();
        List<String> unknown = new ArrayList<>();
        header.forEach(column -> {
            if (!TraderCsvRow.COLUMNS.contains(column.getName())) {
                unknown.add(column.getName());
            }
        });
        if (!unknown.isEmpty()) {
            throw Problems.badRequest(
                    "Unknown columns %s; the columns are %s.".formatted(unknown, new TreeSet<>(TraderCsvRow.COLUMNS)));
        }
    }
}
