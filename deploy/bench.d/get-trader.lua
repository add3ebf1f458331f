-- GET /v1/traders/{id} for a random trader among the first TRADERS ids.
local traders = tonumber(os.getenv("TRADERS"))
local token = os.getenv("TOKEN")
math.randomseed(os.time())
request = function()
    return wrk.format("GET", "/v1/traders/" .. math.random(1, traders), {["Authorization"] = "Bearer " .. token})
end
done = function(summary, latency, requests)
    io.write(string.format("p95 %.3f\n", latency:percentile(95) / 1000))
end
