package org.ippc.ecommerce.registry.trader;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Reads traders with their websites and stores straight from JDBC: one by id ({@code GET /v1/traders/{id}}, the
 * registry's most frequent read), and the pages of the search and of the CSV export. Through Hibernate's query
 * execution a read of one trader took some 1.7 times the service's CPU, whether loaded as an entity, as tuples or in a
 * stateless session, and loading a search's page as entities took 40 % of a search's (deploy/BENCHMARKS.md, rows 1
 * and 2b). The traders it gives are not managed: they are for reading; changes go through {@link TraderService}.
 */
@ApplicationScoped
public class TraderReader {

    /** Registered words a searched word may stand for: the most similar, and those it begins. */
    private static final int SIMILAR_WORDS = 20;

    private static final int BEGUN_WORDS = 20;

    private static final String TRADER_COLUMNS =
            Trader.COLUMNS.stream().map(column -> "t." + column).collect(Collectors.joining(", "))
                    + ", p.kind, p.platform, p.store_id, p.url, p.key";

    private static final String TRADER_WITH_PRESENCES = "select " + TRADER_COLUMNS
            + " from trader t left join online_presence p on p.trader_id = t.id where t.id = ? order by p.id";

    /**
     * For each word of a searched name (two letters or more), the words of registered names it may stand for: the
     * nearest by trigram similarity (misspellings) and those it begins. Each choice comes joined by chr(31); a word
     * that stands for nothing registered comes empty.
     */
    private static final String NAME_WORD_CHOICES = """
            select array_to_string(array(
                       (select d.word from trader_name_word d where d.word % searched.word
                        order by similarity(d.word, searched.word) desc, d.word limit ?)
                       union
                       (select d.word from trader_name_word d
                        where d.word >= searched.word and d.word < searched.word || chr(1114111)
                        order by d.word limit ?)), chr(31))
            from unnest(name_words(?)) as searched(word)
            where length(searched.word) > 1""";

    private final DataSource dataSource;

    TraderReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Trader> read(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(TRADER_WITH_PRESENCES)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return traders(rows).stream().findFirst();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading trader " + id + " failed", e);
        }
    }

    /**
     * One page of traders matching the query. With free text, every word of it that stands for registered words must
     * match one of the trader's, and the page is the best matches by similarity of the legal name (no next page);
     * otherwise it is in id order after the given id.
     */
    public List<Trader> page(TraderQuery query, long afterId, int limit) {
        return select(query, afterId, limit, query.text() != null);
    }

    /** One page in id order after the given id, free text a filter only: how an export reads every match. */
    public List<Trader> pageInIdOrder(TraderQuery query, long afterId, int limit) {
        return select(query, afterId, limit, false);
    }

    private List<Trader> select(TraderQuery query, long afterId, int limit, boolean ranked) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> wordChoices = List.of();
            if (query.text() != null) {
                wordChoices = nameWordChoices(connection, query.text());
                if (wordChoices.isEmpty()) {
                    return List.of();
                }
            }
            TraderIdSelect ids = TraderIdSelect.of(query, wordChoices, afterId, limit, ranked);
            // The page's traders and their presences in one statement, in the order of the ids selected.
            String sql = "select " + TRADER_COLUMNS + " from unnest(array(" + ids.sql() + ")) with ordinality"
                    + " as page(id, position) join trader t on t.id = page.id"
                    + " left join online_presence p on p.trader_id = t.id order by page.position, p.id";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < ids.parameters().size(); i++) {
                    statement.setObject(i + 1, ids.parameters().get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return traders(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Searching the traders failed", e);
        }
    }

    private static List<String> nameWordChoices(Connection connection, String text) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(NAME_WORD_CHOICES)) {
            statement.setInt(1, SIMILAR_WORDS);
            statement.setInt(2, BEGUN_WORDS);
            statement.setString(3, text);
            List<String> choices = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String choice = rows.getString(1);
                    if (!choice.isEmpty()) {
                        choices.add(choice);
                    }
                }
            }
            return choices;
        }
    }

    /** The traders of rows that hold each trader's presences on consecutive rows, a trader without any on one. */
    private static List<Trader> traders(ResultSet rows) throws SQLException {
        List<Trader> traders = new ArrayList<>();
        Trader trader = null;
        while (rows.next()) {
            long id = rows.getLong("id");
            if (trader == null || trader.id != id) {
                trader = trader(rows);
                traders.add(trader);
            }
            if (rows.getString("kind") != null) {
                trader.presences.add(presence(rows, trader));
            }
        }
        return traders;
    }

    private static Trader trader(ResultSet row) throws SQLException {
        Trader trader = new Trader();
        trader.id = row.getLong("id");
        trader.registrationNumber = row.getString("registration_number");
        trader.nationalRegisterNumber = row.getString("national_register_number");
        trader.legalName = row.getString("legal_name");
        trader.tradingNames = strings(row.getArray("trading_names"));
        trader.countryCode = row.getString("country_code");
        trader.address = row.getString("address");
        trader.contactEmail = row.getString("contact_email");
        trader.contactPhone = row.getString("contact_phone");
        trader.businessRegisterNumber = row.getString("business_register_number");
        trader.productClasses = strings(row.getArray("product_classes"));
        trader.shipToCountries = strings(row.getArray("ship_to_countries"));
        trader.status = TraderStatus.fromString(row.getString("status"));
        trader.statusReason = row.getString("status_reason");
        trader.complianceNotes = row.getString("compliance_notes");
        trader.createdAt = row.getObject("created_at", OffsetDateTime.class).toInstant();
        trader.createdBy = row.getString("created_by");
        trader.version = row.getLong("version");
        return trader;
    }

    private static OnlinePresence presence(ResultSet row, Trader trader) throws SQLException {
        OnlinePresence presence = new OnlinePresence();
        presence.trader = trader;
        presence.kind = row.getString("kind");
        presence.platform = row.getString("platform");
        presence.storeId = row.getString("store_id");
        presence.url = row.getString("url");
        presence.key = row.getString("key");
        return presence;
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
