package org.ippc.ecommerce.registry.trader;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Reads one trader with its websites and stores straight from JDBC, for {@code GET /v1/traders/{id}}, the
 * registry's most frequent read. Through Hibernate's query execution a request for the same statement took some 1.7
 * times the service's CPU, whether loaded as an entity, as tuples or in a stateless session (deploy/BENCHMARKS.md,
 * row 1). The trader it gives is not managed: it is for reading; changes go through {@link TraderService}.
 */
@ApplicationScoped
public class TraderReader {

    private static final String TRADER_WITH_PRESENCES = "select "
            + Trader.COLUMNS.stream().map(column -> "t." + column).collect(Collectors.joining(", "))
            + ", p.kind, p.platform, p.store_id, p.url, p.key"
            + " from trader t left join online_presence p on p.trader_id = t.id where t.id = ? order by p.id";

    private final DataSource dataSource;

    TraderReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Trader> read(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(TRADER_WITH_PRESENCES)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Trader trader = trader(rows);
                do {
                    if (rows.getString("kind") != null) {
                        trader.presences.add(presence(rows, trader));
                    }
                } while (rows.next());
                return Optional.of(trader);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading trader " + id + " failed", e);
        }
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
