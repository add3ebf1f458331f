package org.ippc.ecommerce.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The history of every record: each change is written in the same transaction as the change
 * itself, as the difference between the record's view before and after.
 */
@ApplicationScoped
public class History implements PanacheRepository<HistoryEntry> {
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {};

    private final ObjectMapper json;
    private final Caller caller;
    private final Clock clock;

    History(ObjectMapper json, Caller caller, Clock clock) {
        this.json = json;
        this.caller = caller;
        this.clock = clock;
    }

    /** Records a change from {@code before} (null for a creation) to {@code after}, both views of the record. */
    public void record(String recordType, long recordId, String action, Object before, Object after, String reason) {
        recordAs(caller.name(), caller.role(), recordType, recordId, action, before, after, reason);
    }

    /** As {@link #record}, for changes no caller asked for, such as a term that ends. */
    public void recordAs(
            String actor,
            String actorRole,
            String recordType,
            long recordId,
            String action,
            Object before,
            Object after,
            String reason) {
        HistoryEntry entry = new HistoryEntry();
        entry.recordType = recordType;
        entry.recordId = recordId;
        entry.action = action;
        entry.actor = actor;
        entry.actorRole = actorRole;
        entry.at = Instant.now(clock);
        entry.changes = differences(fields(before), fields(after));
        entry.reason = reason;
        persist(entry);
    }

    /** As {@link #record} for records just created in bulk, written with one COPY (imports). */
    public void recordCreations(String recordType, String action, Map<Long, ?> viewsByRecordId) {
        Iterator<Long> keys = PooledKeys.take(getEntityManager(), "record_history_seq", viewsByRecordId.size())
                .iterator();
        Instant at = Instant.now(clock);
        CopyRows.copy(
                getEntityManager(),
                "record_history (id, record_type, record_id, action, actor, actor_role, at, changes, reason)",
                rows -> viewsByRecordId.forEach((recordId, view) -> rows.add(
                        keys.next(),
                        recordType,
                        recordId,
                        action,
                        caller.name(),
                        caller.role(),
                        at,
                        creation(view),
                        null)));
    }

    /** Empties the recorded changes of a record whose personal data was erased; the actions stay. */
    public void redact(String recordType, long recordId) {
        // In SQL: the entries are immutable to Hibernate, which spares every flush their dirty check.
        getEntityManager()
                .createNativeQuery("update record_history set changes = '{}' where record_type = ?1 and record_id = ?2")
                .setParameter(1, recordType)
                .setParameter(2, recordId)
                .executeUpdate();
    }

    public List<HistoryView> of(String recordType, long recordId) {
        // In the order the changes were made: ids are handed out in blocks (per replica, and apart for imports),
        // so a later change can hold a lower id.
        return find("recordType = ?1 and recordId = ?2 order by at, id", recordType, recordId).stream()
                .map(HistoryView::of)
                .toList();
    }

    /**
     * The changes of a creation as JSON, what {@link #differences} from nothing gives: each field of the view that
     * has a value, by name, from null to that value. Written from the view's tree, for the thousands of an import.
     */
    private String creation(Object view) {
        ObjectNode fields = json.valueToTree(view);
        ObjectNode changes = json.createObjectNode();
        fields.properties().stream()
                .filter(field -> !field.getValue().isNull())
                .sorted(Map.Entry.comparingByKey())
                .forEach(field -> changes.putArray(field.getKey()).addNull().add(field.getValue()));
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record view that does not write as JSON", e);
        }
    }

    private Map<String, Object> fields(Object view) {
        return view == null ? Map.of() : json.convertValue(view, FIELDS);
    }

    private static Map<String, Object[]> differences(Map<String, Object> before, Map<String, Object> after) {
        Set<String> names = new HashSet<>(before.keySet());
        names.addAll(after.keySet());
        Map<String, Object[]> changes = new LinkedHashMap<>();
        names.stream()
                .sorted()
                .filter(name -> !Objects.equals(before.get(name), after.get(name)))
                .forEach(name -> changes.put(name, new Object[] {before.get(name), after.get(name)}));
        return changes;
    }
}
