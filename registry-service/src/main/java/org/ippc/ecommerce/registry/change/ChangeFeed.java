package org.ippc.ecommerce.registry.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ippc.ecommerce.platform.CopyRows;

/**
 * Writes the changes of traders and requirements that others follow into the transaction that makes them, and
 * numbers them as it commits: the numbering takes the lock of the one counter row only for the moment of the commit,
 * so positions follow commit order without gaps while long transactions (an import) run side by side.
 */
@ApplicationScoped
public class ChangeFeed {
    /** A change to report: its type ({@code trader.status-changed}...), its subject's id and what a reader needs. */
    public record Change(String type, long subjectId, Object data) {}

    private static final String NUMBERING = ChangeFeed.class.getName() + ".numbering";
    private static final String NUMBER_THIS_TRANSACTIONS = """
            with mine as (
                     select id, row_number() over (order by id) as n from change_event
                     where position is null and tx = txid_current()),
                 counted as (select count(*) as total from mine),
                 counter as (
                     update change_feed_position set last = last + (select total from counted)
                     where (select total from counted) > 0
                     returning last)
            update change_event e set position = counter.last - counted.total + mine.n
            from mine, counter, counted where e.id = mine.id""";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    ChangeFeed(
            EntityManager entityManager,
            TransactionSynchronizationRegistry transactions,
            AgroalDataSource dataSource,
            ObjectMapper json,
            Clock clock) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    public void record(Change change) {
        recordAll(List.of(change));
    }

    /** Writes the changes in the current transaction, in one {@code COPY} however many they are (an import's). */
    public void recordAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Instant at = Instant.now(clock);
        CopyRows.copy(
                entityManager,
                "change_event (at, type, subject_id, data)",
                rows -> changes.forEach(change -> rows.add(at, change.type(), change.subjectId(), asJson(change))));
        numberAtCommit();
    }

    private String asJson(Change change) {
        try {
            return json.writeValueAsString(change.data());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void numberAtCommit() {
        if (transactions.getResource(NUMBERING) != null) {
            return;
        }
        transactions.putResource(NUMBERING, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // The transaction's own connection: the one the data source gives inside it.
                try (Connection connection = dataSource.getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.executeUpdate(NUMBER_THIS_TRANSACTIONS);
                } catch (SQLException e) {
                    throw new IllegalStateException("Numbering the transaction's changes failed", e);
                }
            }

            @Override
            public void afterCompletion(int status) {}
        });
    }

    /** The changes after the position, oldest first, at most {@code limit}. */
    public ChangePage after(long cursor, int limit) {
        List<ChangeView> items = after(cursor, List.of(), limit);
        return new ChangePage(items, items.isEmpty() ? cursor : items.getLast().position());
    }

    /** The changes of the types (every type when none) after the position, oldest first, at most {@code limit}. */
    public List<ChangeView> after(long cursor, List<String> types, int limit) {
        List<Row> rows = entityManager
                .createNativeQuery(
                        "select position, at, type, subject_id, cast(data as text) as data from change_event"
                                + " where position > :after and (:types = '' or type = any(string_to_array(:types, ',')))"
                                + " order by position limit :limit",
                        Row.class)
                .setParameter("after", cursor)
                .setParameter("types", String.join(",", types))
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(this::view).toList();
    }

    /** The change at the position, if there is one. */
    public Optional<ChangeView> at(long position) {
        return after(position - 1, List.of(), 1).stream()
                .filter(change -> change.position() == position)
                .findFirst();
    }

    /** The position of the last change committed. */
    public long end() {
        return ((Number) entityManager
                        .createNativeQuery("select last from change_feed_position")
                        .getSingleResult())
                .longValue();
    }

    /** A row of the feed as the database gives it. */
    record Row(long position, Instant at, String type, long subjectId, String data) {}

    private ChangeView view(Row row) {
        try {
            return new ChangeView(
                    row.position(),
                    row.at(),
                    row.type(),
                    row.subjectId(),
                    json.readValue(row.data(), new TypeReference<Map<String, Object>>() {}));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
