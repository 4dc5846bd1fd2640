-- wrk script: every request asks for the next path of the file ROTATE_PATHS names (one path per line),
-- each wrk thread starting at its own share of the list, so no two threads ask for the same page together.
local paths = {}
for line in io.lines(os.getenv("ROTATE_PATHS")) do
  if line ~= "" then paths[#paths + 1] = line end
end

local threads = 0
function setup(thread)
  thread:set("share", threads)
  threads = threads + 1
end

local i
function request()
  if i == nil then i = (share or 0) * math.floor(#paths / 2) end
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
