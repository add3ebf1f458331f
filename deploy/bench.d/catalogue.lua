-- GET /v1/resources with free text and two filters (type, language). With FRESH set, every request also asks for
-- a publication year and a page size, so that it is almost never one asked before (the service keeps the pages it
-- answered): 10 words × 6 languages × 12 types × 17 years × 100 sizes.
local words = {"seeds", "semillas", "semences", "семена", "بذور", "种子", "inspection", "plagas", "colis", "посылки"}
local languages = {"en", "es", "fr", "ru", "ar", "zh"}
local types = {"guide", "manual-sop", "training-kit", "factsheet-infographic", "risk-assessment", "tool-software",
    "webinar", "e-learning", "video", "case-study", "awareness-material", "other"}
local fresh = os.getenv("FRESH")
math.randomseed(os.time())
local function encode(text)
    return (text:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
    local path
    if fresh and fresh ~= "" then
        path = "/v1/resources?sort=posted&type=" .. types[math.random(#types)] .. "&language="
            .. languages[math.random(#languages)] .. "&q=" .. encode(words[math.random(#words)])
            .. "&year=" .. math.random(2010, 2026) .. "&limit=" .. math.random(1, 100)
    else
        path = "/v1/resources?sort=posted&type=guide&language=" .. languages[math.random(#languages)]
            .. "&q=" .. encode(words[math.random(#words)])
    end
    return wrk.format("GET", path)
end
done = function(summary, latency, requests)
    io.write(string.format("p95 %.3f\n", latency:percentile(95) / 1000))
end
