-- GET /v1/resources with free text and two filters (type, language); with ETAG set, If-None-Match.
local words = {"seeds", "semillas", "semences", "семена", "بذور", "种子", "inspection", "plagas", "colis", "посылки"}
local languages = {"en", "es", "fr", "ru", "ar", "zh"}
local etag = os.getenv("ETAG")
math.randomseed(os.time())
local function encode(text)
    return (text:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
    local headers = {}
    if etag and etag ~= "" then headers["If-None-Match"] = etag end
    local path = "/v1/resources?sort=posted&type=guide&language=" .. languages[math.random(#languages)]
        .. "&q=" .. encode(words[math.random(#words)])
    return wrk.format("GET", path, headers)
end
done = function(summary, latency, requests)
    io.write(string.format("p95 %.3f\n", latency:percentile(95) / 1000))
end
