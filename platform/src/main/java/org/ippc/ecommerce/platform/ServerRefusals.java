package org.ippc.ecommerce.platform;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP server's own refusals as RFC 9457 problems rather than bare status lines: a body declared
 * larger than the server takes (the server would close the connection with an empty 413), and any
 * other 4xx the server's handlers fail a request with before it reaches the REST layer. What the
 * HTTP decoder refuses before routing (a header section over quarkus.http.limits.max-header-size)
 * never reaches a handler and stays a bare answer.
 */
@ApplicationScoped
class ServerRefusals {
    /** Before Quarkus's own upload limit (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, -2). */
    private static final int BEFORE_UPLOAD_LIMIT = -3;

    private final long maxBodyBytes;

    ServerRefusals(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_UPLOAD_LIMIT).handler(this::refuseDeclaredOversizeBodies);
        router.route().order(BEFORE_UPLOAD_LIMIT).failureHandler(ServerRefusals::asProblem);
    }

    private void refuseDeclaredOversizeBodies(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null
                && length.chars().allMatch(Character::isDigit)
                && length.length() < 19
                && Long.parseLong(length) > maxBodyBytes) {
            // The body is never read: the connection is closed once the answer is sent.
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            context.response()
                    .endHandler(ended -> context.request().connection().close());
            send(
                    context,
                    413,
                    "Content Too Large",
                    "The request body has %s bytes; this server accepts at most %d.".formatted(length, maxBodyBytes));
            return;
        }
        context.next();
    }

    private static void asProblem(RoutingContext context) {
        int status = context.statusCode();
        if (context.failure() != null
                || status < 400
                || status >= 500
                || context.response().headWritten()) {
            context.next();
            return;
        }
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        send(context, status, title, "The HTTP server refused the request: " + title + ".");
    }

    private static void send(RoutingContext context, int status, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("status", status)
                .put("title", title)
                .put("detail", detail)
                .put("instance", context.request().path());
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(problem.encode());
    }
}
