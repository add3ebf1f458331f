-- Trader search: by a misspelled name (lines of names.txt) or by an address on a trader's website.
local token = os.getenv("TOKEN")
local mode = os.getenv("MODE")
local traders = tonumber(os.getenv("TRADERS"))
local names = {}
for line in io.lines(os.getenv("NAMES")) do names[#names + 1] = line end
math.randomseed(os.time())
request = function()
    local query
    if mode == "name" then
        query = "q=" .. names[math.random(#names)]:gsub(" ", "%%20")
    else
        query = "url=https%3A%2F%2Fwww.shop-" .. math.random(1, traders) .. ".example%2Fp%2F1%3Futm_source%3Dx"
    end
    return wrk.format("GET", "/v1/traders?limit=20&" .. query, {["Authorization"] = "Bearer " .. token})
end
done = function(summary, latency, requests)
    io.write(string.format("p95 %.3f\n", latency:percentile(95) / 1000))
end
