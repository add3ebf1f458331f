package org.ippc.ecommerce.registry.trader;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL selecting the ids of one page of traders matching a query, with its JDBC parameters in order. Only the
 * filters given go into it, so that PostgreSQL plans each combination on its own indexes; a store id or a website
 * names a handful of traders, read first, then looked up by key (a semi-join there is planned as a walk of the whole
 * register in id order).
 *
 * @param sql the statement, its parameters as {@code ?}
 * @param parameters the values of the statement's parameters, in order
 */
record TraderIdSelect(String sql, List<Object> parameters) {

    /**
     * Ranked, the best matches of the query's text by similarity of the legal name come first and {@code afterId}
     * is not used; otherwise the page is in id order after {@code afterId}, and the text, if any, only filters.
     *
     * @param wordChoices for each word of the text, the registered words it may stand for, separated by U+001F
     */
    static TraderIdSelect of(TraderQuery query, List<String> wordChoices, long afterId, int limit, boolean ranked) {
        StringBuilder sql = new StringBuilder("select t.id from trader t where true");
        List<Object> parameters = new ArrayList<>();
        if (!ranked) {
            sql.append(" and t.id > ?");
            parameters.add(afterId);
        }
        if (query.country() != null) {
            sql.append(" and t.country_code = ?");
            parameters.add(query.country());
        }
        if (query.withinCountries() != null) {
            sql.append(" and t.country_code = any(string_to_array(?, ','))");
            parameters.add(String.join(",", query.withinCountries()));
        }
        if (query.status() != null) {
            sql.append(" and t.status = ?");
            parameters.add(query.status().code());
        }
        if (query.productClass() != null) {
            sql.append(" and cast(? as varchar) = any(t.product_classes)");
            parameters.add(query.productClass());
        }
        if (query.platform() != null) {
            sql.append(" and t.id in (select p.trader_id from online_presence p"
                    + " where p.kind = 'store' and p.platform = ?)");
            parameters.add(query.platform());
        }
        if (query.storeId() != null) {
            sql.append(" and t.id = any(array(select p.trader_id from online_presence p"
                    + " where p.kind = 'store' and lower(p.store_id) = lower(?)))");
            parameters.add(query.storeId());
        }
        if (!query.sellerKeys().isEmpty()) {
            // a store id may hold a space; no key holds a control character
            sql.append(" and t.id = any(array(select p.trader_id from online_presence p"
                    + " where p.key = any(string_to_array(?, chr(31)))))");
            parameters.add(String.join("\u001f", query.sellerKeys()));
        }
        for (String choices : wordChoices) {
            sql.append(" and t.name_words && string_to_array(?, chr(31))");
            parameters.add(choices);
        }
        if (ranked) {
            sql.append(" order by similarity(lower(t.legal_name), lower(?)) desc, t.id");
            parameters.add(query.text());
        } else {
            sql.append(" order by t.id");
        }
        sql.append(" limit ?");
        parameters.add(limit);
        return new TraderIdSelect(sql.toString(), List.copyOf(parameters));
    }
}
