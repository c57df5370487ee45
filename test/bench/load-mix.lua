-- bench:load: each connection cycles through the three feeds, plain and
-- conditional (If-None-Match with the tag the bench read first), so that both the
-- 200 and the 304 paths carry the load.
local targets = {}
local i = 0

function init(args)
  for n = 1, #args, 2 do
    local headers = {}
    if args[n + 1] ~= "-" then headers["If-None-Match"] = args[n + 1] end
    targets[#targets + 1] = wrk.format("GET", args[n], headers)
  end
end

function request()
  i = i % #targets + 1
  return targets[i]
end
