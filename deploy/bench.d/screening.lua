-- POST /v1/screenings with the 1,000 listings of screening.json.
local file = io.open(os.getenv("BODY"), "rb")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
done = function(summary, latency, requests)
    io.write(string.format("p95 %.3f\n", latency:percentile(95) / 1000))
end
