package org.ippc.ecommerce.resources.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import com.github.benmanes.caffeine.cache.stats.StatsCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Catalogue pages kept per catalogue revision: the same query at the same revision has the same answer,
 * and a change to what the public sees moves the revision, so a kept page is never stale. The landing
 * page's visitors ask the same few searches over and over; each costs the database once per revision.
 *
 * <p>Pages are kept as the JSON sent ({@link KeptPage}, gzipped too once a client that takes gzip asks) and weighed
 * by their bytes against a memory budget ({@code ippc.catalogue.kept-pages.memory}), not counted: a page of 100
 * resources is some 120 KB, and a
 * limit of 2,000 pages let one anonymous client exhaust a 154 MB heap with 470 distinct searches. When the
 * budget is full, Caffeine keeps the pages asked for most often, so a crawl of one-off searches does not
 * push out the landing page's usual ones. Requests for a page being searched wait for that one search.
 */
@ApplicationScoped
public class CataloguePages {
    private record Key(long revision, String query) {
        Key {
            query = Objects.requireNonNullElse(query, ""); // the catalogue's first page has no query string
        }
    }

    private final Catalogue catalogue;
    private final ObjectMapper json;
    private final AsyncCache<Key, KeptPage> kept;
    /** The cache's statistics, which {@link #keptPage} counts into too: the cache's map view does not count. */
    private final StatsCounter stats = new ConcurrentStatsCounter();

    CataloguePages(
            Catalogue catalogue,
            ObjectMapper json,
            MeterRegistry meters,
            @ConfigProperty(name = "ippc.catalogue.kept-pages.memory") MemorySize memory,
            @ConfigProperty(name = "ippc.catalogue.kept-pages.expire-after") Duration expireAfter) {
        this.catalogue = catalogue;
        this.json = json;
        this.kept = CaffeineCacheMetrics.monitor(
                meters,
                Caffeine.newBuilder()
                        .maximumWeight(memory.asLongValue())
                        .weigher((Key key, KeptPage page) -> weight(key, page))
                        .expireAfterWrite(expireAfter)
                        .recordStats(() -> stats)
                        .<Key, KeptPage>buildAsync(),
                "catalogue-pages");
    }

    /**
     * The page as JSON, from the catalogue at {@code revision} or later; {@code query} is the request's query
     * string, which with the revision names the page.
     */
    public KeptPage page(long revision, String query, CatalogueFilters filters, String sort, String cursor, int limit) {
        CompletableFuture<KeptPage> search = new CompletableFuture<>();
        CompletableFuture<KeptPage> page = kept.get(new Key(revision, query), (key, executor) -> search);
        if (page != search) {
            return keptOrSearchFailure(page);
        }
        // The search runs here, on the request's thread (its statements hold their own connections, see Sql); the
        // cache drops a search that failed.
        try {
            KeptPage answer = new KeptPage(json.writeValueAsBytes(catalogue.search(filters, sort, cursor, limit)));
            search.complete(answer);
            return answer;
        } catch (JsonProcessingException e) {
            search.completeExceptionally(e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) { // whatever ends the search, the requests waiting for it must not hang
            search.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * The page if it is kept at {@code revision} and its search has ended, without waiting and without searching:
     * null otherwise, and then {@link #page} is what answers.
     */
    public KeptPage keptPage(long revision, String query) {
        CompletableFuture<KeptPage> page = kept.asMap().get(new Key(revision, query));
        if (page == null || page.state() != Future.State.SUCCESS) {
            return null;
        }
        stats.recordHits(1);
        return page.resultNow();
    }

    /**
     * A page's bytes, weighed when its search ends: its JSON, and a quarter of that for the gzipped copy it may get
     * later (a sixth to an eighth of the JSON, measured), so that the budget holds whichever clients ask.
     */
    private static int weight(Key key, KeptPage page) {
        return page.json().length + page.json().length / 4 + key.query().length();
    }

    private static KeptPage keptOrSearchFailure(CompletableFuture<KeptPage> page) {
        try {
            return page.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }
}
