package org.ippc.ecommerce.registry.trader;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ippc.ecommerce.platform.CopyRows;
import org.ippc.ecommerce.platform.PooledKeys;

@ApplicationScoped
public class TraderRepository implements PanacheRepository<Trader> {
    /** National numbers have seven digits: NL-0000001 to NL-9999999. */
    public static final int LAST_NATIONAL_NUMBER = 9_999_999;

    /** pg_trgm similarity above which two names in a country are reported as a possible duplicate. */
    private static final double DUPLICATE_SIMILARITY = 0.5;

    /**
     * {@link #nameMatches}: the senders numbered from 1 as given. Per sender: each word of two letters or more, the
     * country's words it stands for and how many traders hold them (up to one more than common); then the
     * candidates, the best two, and the words of each one's matched name the sender's name lacks.
     */
    private static final String SENDER_CANDIDATES = """
            select q.ord as sender, m.status, m.registration_number, m.country_code, m.name, m.score, m.rank,
                   m.unmatched_words
            from unnest(string_to_array(:countries, chr(31)), string_to_array(:names, chr(31)))
                 with ordinality as q(country, name, ord)
            cross join lateral ( -- what the sender's name is compared by: the whole, and without its legal form
                select latin_letters(lower(q.name)) as whole, distinctive_name(q.name) as name) as told
            cross join lateral ( -- the words that tell the country's traders apart, and those registered as sent
                select coalesce(array_agg(held.word) filter (where said.holders <= :common), '{}') as distinctive,
                       coalesce(array_agg(held.word) filter (where said.registered and held.word = said.itself), '{}')
                           as registered
                from (select stands.registered, stands.words, (q.country || ' ' || sent.word) collate "default" as itself,
                             (select count(*) from (select from trader t
                                                    where country_name_words(t.country_code, t.name_words)
                                                          && stands.words
                                                    limit :common + 1) as holder) as holders
                      from unnest(name_words(q.name)) as sent(word)
                      cross join lateral (
                          select exists (select from trader_name_word d where d.word = sent.word) as registered) known
                      -- the country's words it stands for, in the index's collation (the dictionary's is "C")
                      cross join lateral (
                          select known.registered, array(
                              select (q.country || ' ' || near.word) collate "default"
                              from (select sent.word where known.registered
                                    union all
                                    (select d.word from trader_name_word d
                                     where not known.registered and d.word % sent.word
                                     order by similarity(d.word, sent.word) desc, d.word
                                     limit 50)
                                    union all -- a Japanese, Chinese or Korean name: the registered names it runs through
                                    (select d.word from trader_name_word d
                                     where not known.registered and sent.word ~ '[ぁ-ヿ㐀-鿿가-힯]'
                                       and distinctive_name(sent.word) <> '' and distinctive_name(sent.word) <% d.word
                                     order by word_similarity(distinctive_name(sent.word), d.word) desc, d.word
                                     limit 50)
                                    -- the other alphabet, even for a word registered as sent (in another country):
                                    union all -- a word in Latin letters, the Cyrillic words it writes (as indexed in V30)
                                    (select d.word from trader_name_word d
                                     where sent.word ~ '^[a-z]+$'
                                       and d.word ~ '[а-яёіїєґўәғқңөұүһ]' and latin_letters(d.word) % sent.word
                                     order by similarity(latin_letters(d.word), sent.word) desc, d.word
                                     limit 50)
                                    union all -- a word in Cyrillic, the words in Latin letters it is written as
                                    (select d.word from trader_name_word d
                                     where sent.word ~ '[а-яёіїєґўәғқңөұүһ]' and d.word % latin_letters(sent.word)
                                     order by similarity(d.word, latin_letters(sent.word)) desc, d.word
                                     limit 50)) as near) as words
                          offset 0) as stands
                      where length(sent.word) > 1
                      offset 0) as said
                cross join lateral unnest(said.words) as held(word)) as sender
            cross join lateral (
                select top.*, similarity(distinctive_name(top.name), told.name) as score,
                       unmatched.words as unmatched_words
                from (select t.status, t.registration_number, t.country_code, best.name, best.rank
                      from (select t.id, t.status, t.registration_number, t.country_code, t.legal_name,
                                   t.trading_names
                            from trader t
                            where cardinality(sender.distinctive) > 0
                              and country_name_words(t.country_code, t.name_words) && sender.distinctive
                            union all
                            select t.id, t.status, t.registration_number, t.country_code, t.legal_name,
                                   t.trading_names
                            from trader t
                            where cardinality(sender.distinctive) = 0 and cardinality(sender.registered) > 0
                              and country_name_words(t.country_code, t.name_words) @> sender.registered) as t
                      cross join lateral (
                          select n.name, similarity(latin_letters(lower(n.name)), told.whole) as rank
                          from unnest(array_prepend(t.legal_name, t.trading_names)) as n(name)
                          order by rank desc
                          limit 1) best
                      order by best.rank desc, t.id
                      limit 2) as top
                -- the words of the matched name that tell traders apart and are not in the sender's name, spelled
                -- alike; a Japanese, Chinese or Korean word is a whole name written without spaces, which must run
                -- through the sender's with a character or so changed at most
                cross join lateral (
                    select count(*) as words
                    from unnest(string_to_array(distinctive_name(top.name), ' ')) as named(word)
                    where case when named.word ~ '[ぁ-ヿ㐀-鿿가-힯]'
                               then word_similarity(named.word, told.name) < 0.7
                               else not exists (select from unnest(string_to_array(told.name, ' ')) as sent(word)
                                                where similarity(sent.word, named.word) >= 0.3)
                          end) as unmatched) m
            order by q.ord, m.rank desc""";

    /** A row of {@link #holdersOf}: a presence key and the registration of the trader holding it. */
    record HeldKey(String key, String status, String registrationNumber, String countryCode) {}

    /**
     * A registered trader whose legal or trading name resembles a sender's ({@link #nameMatches}): the sender's
     * position in the batch, the trader, its most similar name, how alike the two names are without their legal forms
     * and joining words (pg_trgm similarity, 0 to 1), its rank among the candidates (the whole names' similarity: of
     * two traders named alike, the one whose legal form the sender gave comes first) and how many of its words that
     * tell traders apart (not a legal form, not "and") the sender's name lacks.
     */
    public record NameMatch(
            long sender,
            String status,
            String registrationNumber,
            String countryCode,
            String name,
            double score,
            double rank,
            long unmatchedWords) {}

    /** A row of {@link #similarNames}. */
    record SimilarName(String registrationNumber, String legalName) {}

    /** Inserts new traders with their presences by COPY, giving them their keys (imports). */
    public void insertAll(List<Trader> created) {
        EntityManager entityManager = getEntityManager();
        Iterator<Long> traderKeys =
                PooledKeys.take(entityManager, "trader_seq", created.size()).iterator();
        int presenceCount = created.stream().mapToInt(t -> t.presences.size()).sum();
        Iterator<Long> presenceKeys = PooledKeys.take(entityManager, "online_presence_seq", presenceCount)
                .iterator();
        CopyRows.copy(entityManager, "trader (" + String.join(", ", Trader.COLUMNS) + ")", rows -> {
            for (Trader trader : created) {
                trader.id = traderKeys.next();
                rows.add(
                        trader.id,
                        trader.registrationNumber,
                        trader.nationalRegisterNumber,
                        trader.legalName,
                        trader.tradingNames,
                        trader.countryCode,
                        trader.address,
                        trader.contactEmail,
                        trader.contactPhone,
                        trader.businessRegisterNumber,
                        trader.productClasses,
                        trader.shipToCountries,
                        trader.status.code(),
                        trader.statusReason,
                        trader.complianceNotes,
                        trader.createdAt,
                        trader.createdBy,
                        trader.version);
            }
        });
        CopyRows.copy(entityManager, "online_presence (id, trader_id, kind, platform, store_id, url, key)", rows -> {
            for (Trader trader : created) {
                for (OnlinePresence presence : trader.presences) {
                    presence.id = presenceKeys.next();
                    rows.add(
                            presence.id,
                            trader.id,
                            presence.kind,
                            presence.platform,
                            presence.storeId,
                            presence.url,
                            presence.key);
                }
            }
        });
    }

    /** The trader with its websites and stores, in one query (every view of a trader shows them). */
    public Optional<Trader> findWithPresences(long id) {
        return find("select t from Trader t left join fetch t.presences where t.id = ?1", id)
                .singleResultOptional();
    }

    public Optional<Trader> findByRegistrationNumber(String registrationNumber) {
        return find("registrationNumber", registrationNumber).firstResultOptional();
    }

    /**
     * The presences already holding any of these keys, with their traders. The keys travel as one
     * string joined as a set: with a bind parameter per key, or an {@code = any(...)} filter,
     * PostgreSQL's cached plan for an import chunk's thousand keys scans the whole table.
     */
    @SuppressWarnings("unchecked")
    public List<OnlinePresence> presencesWithKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Long> ids = getEntityManager()
                .createNativeQuery("select p.id from online_presence p"
                        + " join unnest(string_to_array(:keys, chr(31))) as wanted(key) on p.key = wanted.key")
                .setParameter("keys", String.join("\u001f", keys))
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select p from OnlinePresence p join fetch p.trader where p.id in :ids", OnlinePresence.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The registration of the trader holding each of these presence keys, for those held (one query, no entities). */
    public Map<String, PresenceHolder> holdersOf(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<HeldKey> rows = getSession()
                .createNativeQuery(
                        "select p.key, t.status, t.registration_number, t.country_code from online_presence p"
                                + " join unnest(string_to_array(:keys, chr(31))) as wanted(key) on p.key = wanted.key"
                                + " join trader t on t.id = p.trader_id",
                        HeldKey.class)
                .setParameter("keys", String.join("\u001f", keys))
                .getResultList();
        return rows.stream()
                .collect(Collectors.toMap(
                        HeldKey::key,
                        row -> new PresenceHolder(
                                TraderStatus.fromString(row.status()), row.registrationNumber(), row.countryCode())));
    }

    /** The traders with any of these registration numbers, with their presences. */
    public List<Trader> withRegistrationNumbers(Collection<String> numbers) {
        List<Long> ids = idsOf(numbers);
        return ids.isEmpty()
                ? List.of()
                : list("select distinct t from Trader t left join fetch t.presences where t.id in ?1", ids);
    }

    /** The ids of the traders with any of these registration numbers (joined as a set). */
    private List<Long> idsOf(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return getSession()
                .createNativeQuery(
                        "select t.id from trader t join unnest(string_to_array(:numbers, ',')) as wanted(number)"
                                + " on t.registration_number = wanted.number",
                        Long.class)
                .setParameter("numbers", String.join(",", numbers))
                .getResultList();
    }

    public Optional<Trader> findByNationalNumber(String countryCode, String nationalRegisterNumber) {
        return find("countryCode = ?1 and nationalRegisterNumber = ?2", countryCode, nationalRegisterNumber)
                .firstResultOptional();
    }

    /** The traders of the country that hold these national register numbers (a chunk of an import), with presences. */
    public List<Trader> withNationalNumbers(String countryCode, Collection<String> numbers) {
        return numbers.isEmpty()
                ? List.of()
                : list(
                        "select distinct t from Trader t left join fetch t.presences"
                                + " where t.countryCode = ?1 and t.nationalRegisterNumber in ?2",
                        countryCode,
                        numbers);
    }

    /**
     * {@code count} national numbers of the country, none taken before (migration V26); empty when fewer than
     * {@code count} remain. The country's counter stays locked until the caller's transaction ends.
     */
    public List<Integer> takeNationalNumbers(String countryCode, int count) {
        List<?> last = getEntityManager()
                .createNativeQuery("""
                        insert into national_number_counter as counter (country_code, last_issued)
                        values (:country, :count)
                        on conflict (country_code) do update set last_issued = counter.last_issued + :count
                            where counter.last_issued + :count <= :lastNumber
                        returning last_issued""")
                .setParameter("country", countryCode)
                .setParameter("count", count)
                .setParameter("lastNumber", LAST_NATIONAL_NUMBER)
                .getResultList();
        if (last.isEmpty()) {
            return List.of();
        }
        int end = ((Number) last.getFirst()).intValue();
        return IntStream.rangeClosed(end - count + 1, end).boxed().toList();
    }

    /** How many national numbers of the country have not been taken yet (some may be held as supplied numbers). */
    public int nationalNumbersLeft(String countryCode) {
        List<?> last = getEntityManager()
                .createNativeQuery("select last_issued from national_number_counter where country_code = :country")
                .setParameter("country", countryCode)
                .getResultList();
        return LAST_NATIONAL_NUMBER - (last.isEmpty() ? 0 : ((Number) last.getFirst()).intValue());
    }

    /** The registration numbers held from {@code first} to {@code last}, both included. */
    public Set<String> registrationNumbersBetween(String first, String last) {
        return getSession()
                .createNativeQuery(
                        "select registration_number from trader where registration_number between :first and :last",
                        String.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList()
                .stream()
                .collect(Collectors.toSet());
    }

    /**
     * For each sender of a batch (a name and the country it sends from, at the same position in both lists), the
     * two traders established there whose names are most like it, best first, in one query; each ranked by its
     * single most similar name (pg_trgm similarity) and scored by that name without its legal form.
     *
     * <p>The candidates are the traders of the country holding a word the sender's words stand for: the word itself
     * when a registered name uses it, otherwise the registered words most like it (a misspelling); a word in Latin
     * letters also stands for the registered Cyrillic words it may write, and a word in Cyrillic for the registered
     * words in Latin letters it may be written as; a Japanese, Chinese or Korean name stands for the registered names
     * it runs through. Names in Cyrillic are compared in Latin letters. A word that more than
     * {@code commonWordHolders} traders of the country hold ("Seeds", "GmbH") tells no trader apart and brings none;
     * when every word of the sender is that common, the candidates are the traders holding all its words. Each of
     * the two is told with the words of its matched name the sender's lacks, accents aside and misspellings allowed.
     * A misspelled word's look-alikes are those at the connections' trigram threshold (application.properties).
     * Runs in the caller's transaction, which the planner's choice of index is set for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<NameMatch> nameMatches(List<String> countries, List<String> names, int commonWordHolders) {
        if (names.isEmpty()) {
            return List.of();
        }
        // Counting a word's holders up to a limit, the planner would scan the table, expecting many: a word held by
        // one trader then read the whole register, a second a word.
        getSession()
                .createNativeQuery("select set_config('enable_seqscan', 'off', true)", String.class)
                .getSingleResult();
        return getSession()
                .createNativeQuery(SENDER_CANDIDATES, NameMatch.class)
                .setParameter("countries", String.join("\u001f", countries))
                .setParameter("names", String.join("\u001f", names))
                .setParameter("common", commonWordHolders)
                .getResultList();
    }

    /** Registration numbers and names of traders of the country whose name is very similar. */
    List<SimilarName> similarNames(String countryCode, String name, long excludedId) {
        return getSession()
                .createNativeQuery("""
                        select registration_number, legal_name from trader
                        where country_code = :country and id <> :excluded
                          and lower(legal_name) % lower(:name)
                          and similarity(lower(legal_name), lower(:name)) > :threshold
                        order by similarity(lower(legal_name), lower(:name)) desc
                        limit 5""", SimilarName.class)
                .setParameter("country", countryCode)
                .setParameter("excluded", excludedId)
                .setParameter("name", name)
                .setParameter("threshold", DUPLICATE_SIMILARITY)
                .getResultList();
    }
}
