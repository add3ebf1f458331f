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
 * <p>Pages are kept as the JSON sent ({@link KeptPage}), gzipped too once a client that takes gzip asks, and weighed
 * by their bytes against a memory budget ({@code ippc.catalogue.kept-pages.memory}), not counted: a page of 100
 * resources is some 120 KB, and a limit of 2,000 pages let one anonymous client exhaust a 154 MB heap with 470
 * distinct searches. When the budget is full, Caffeine keeps the pages asked for most often, so a crawl of one-off
 * searches does not push out the landing page's usual ones. Requests for a page being searched wait for that one search.
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
    private final AsyncCache<Key, KeptPage> cache;
    /** The cache's statistics, which {@link #kept} counts into too: the cache's map view does not count. */
    private final StatsCounter stats = new ConcurrentStatsCounter();

    CataloguePages(
            Catalogue catalogue,
            ObjectMapper json,
            MeterRegistry meters,
            @ConfigProperty(name = "ippc.catalogue.kept-pages.memory") MemorySize memory,
            @ConfigProperty(name = "ippc.catalogue.kept-pages.expire-after") Duration expireAfter) {
        this.catalogue = catalogue;
        this.json = json;
        this.cache = CaffeineCacheMetrics.monitor(
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
     * The page as sent, gzipped or not, from the catalogue at {@code revision} or later; {@code query} is the request's
     * query string, which with the revision names the page. Searches, or waits for the search of the same page, or
     * compresses a kept page: for a worker thread.
     */
    public byte[] page(
            long revision,
            String query,
            boolean gzip,
            CatalogueFilters filters,
            String sort,
            String cursor,
            int limit) {
        Key key = new Key(revision, query);
        CompletableFuture<KeptPage> search = new CompletableFuture<>();
        CompletableFuture<KeptPage> page = cache.get(key, (k, executor) -> search);
        KeptPage answer = page == search ? search(search, filters, sort, cursor, limit) : keptOrSearchFailure(page);
        if (!gzip) {
            return answer.json();
        }
        byte[] gzipped = answer.gzippedIfReady();
        if (gzipped == null) {
            gzipped = answer.gzipped();
            cache.asMap().replace(key, page, page); // weighed again, with its gzipped bytes
        }
        return gzipped;
    }

    /** The search runs here, on the request's thread (its statements hold their own connections, see Sql). */
    private KeptPage search(
            CompletableFuture<KeptPage> search, CatalogueFilters filters, String sort, String cursor, int limit) {
        try {
            KeptPage answer = new KeptPage(json.writeValueAsBytes(catalogue.search(filters, sort, cursor, limit)));
            search.complete(answer);
            return answer;
        } catch (JsonProcessingException e) { // the cache drops a search that failed
            search.completeExceptionally(e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) { // whatever ends the search, the requests waiting for it must not hang
            search.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * The page as sent, gzipped or not, if it is kept at {@code revision} as such: without waiting, searching or
     * compressing, for the event loop. Null otherwise, and then {@link #page} is what answers.
     */
    public byte[] kept(long revision, String query, boolean gzip) {
        CompletableFuture<KeptPage> page = cache.asMap().get(new Key(revision, query));
        if (page == null || page.state() != Future.State.SUCCESS) {
            return null;
        }
        byte[] answer =
                gzip ? page.resultNow().gzippedIfReady() : page.resultNow().json();
        if (answer != null) {
            stats.recordHits(1); // not counted by the cache's map view; a page still to compress is counted by page()
        }
        return answer;
    }

    /** A page's bytes: its JSON, its gzipped copy once it has one, and its name. */
    private static int weight(Key key, KeptPage page) {
        byte[] gzipped = page.gzippedIfReady();
        return page.json().length
                + (gzipped == null ? 0 : gzipped.length)
                + key.query().length();
    }

    private static KeptPage keptOrSearchFailure(CompletableFuture<KeptPage> page) {
        try {
            return page.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }
}
