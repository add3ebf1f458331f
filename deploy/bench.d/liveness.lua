-- GET /q/health/live: the service's HTTP stack alone (Vert.x, no REST layer, no token, no database), the
-- ceiling of any answer the service gives, a 304 included.
done = function(summary, latency, requests)
    io.write(string.format("p95 %.3f\n", latency:percentile(95) / 1000))
end
