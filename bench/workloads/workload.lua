-- One wrk script for every workload of bench/run.sh. It posts GraphQL (or GETs the floor) with parameters taken in
-- turn from a file, so that consecutive requests ask for different rows, and counts GraphQL errors and userErrors
-- apart from HTTP failures (a GraphQL error comes back with HTTP 200). Environment:
--   WORKLOAD  editorial | detail | search | mixed | match | floor | postgraphile
--   PARAMS    file with one parameter per line (a claim id, a search string, a text to match)
--   TOKEN     bearer token (factdesk workloads)
--   WRITE_EVERY  mixed: every n-th request of a thread is a transitionClaim (default 5, i.e. 20 % writes)
-- done() prints one JSON line: requests/s, p50/p99/max in ms, HTTP and GraphQL error counts.

local workload = os.getenv("WORKLOAD") or "editorial"
local token = os.getenv("TOKEN") or ""
local write_every = tonumber(os.getenv("WRITE_EVERY") or "5")

local threads = {}
local thread_count = 0

local function json_string(s)
  s = s:gsub('\\', '\\\\'):gsub('"', '\\"')
  return '"' .. s .. '"'
end

local function load_params(path)
  local list = {}
  for line in io.lines(path) do
    if line ~= "" then list[#list + 1] = line end
  end
  return list
end

local EDITORIAL = [[query Editorial($after: String) { claims(first: 50, after: $after, filter: {states: [NEW, IN_PROGRESS]}) { edges { node { id state version text checkWorthiness article { headline } claimant { name role } evidenceCount } } pageInfo { hasNextPage endCursor } } }]]
local DETAIL = [[query ClaimDetail($id: ID!) { claim(id: $id) { id text state version checkWorthiness createdAt article { headline outlet publishedAt } claimant { name role } evidence { url sourceName stance excerpt addedBy addedAt } history { kind fromState toState actor note detail at } verdict { rating summary givenBy } } }]]
local SEARCH = [[query Search($search: String!) { claims(first: 20, filter: {search: $search}) { edges { node { id text state article { headline } claimant { name } } } pageInfo { hasNextPage endCursor } } }]]
local MATCH = [[query Match($text: String!) { matchClaim(text: $text, first: 10) { edges { score confirmed node { id text state verdict { rating } } } } }]]
local TRANSITION = [[mutation Transition($id: ID!, $to: VerificationState!, $v: Int!) { transitionClaim(claimId: $id, to: $to, note: "bench", expectedVersion: $v) { claim { id state version } userErrors { code } } }]]
-- PostGraphile 4 with the simplify inflector and the connection filter: the same page, ordered by id, paged by id.
local POSTGRAPHILE = [[query Editorial($before: BigInt!) { claims(first: 50, orderBy: ID_DESC, filter: {state: {in: ["NEW", "IN_PROGRESS"]}, id: {lessThan: $before}}) { edges { node { id state version text checkWorthiness article { headline } claimant { name role } evidences { totalCount } } } pageInfo { hasNextPage endCursor } } }]]

-- factdesk's cursor of the claims list (base64url of "v1", "claim" and the id, separated by U+001F).
local B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local function base64url(data)
  local out = {}
  for i = 1, #data, 3 do
    local a, b, c = data:byte(i, i + 2)
    local n = a * 65536 + (b or 0) * 256 + (c or 0)
    local chars = (c and 4) or (b and 3) or 2
    for k = 1, chars do
      local shift = 18 - 6 * (k - 1)
      local idx = math.floor(n / 2 ^ shift) % 64
      out[#out + 1] = B64:sub(idx + 1, idx + 1)
    end
  end
  return table.concat(out)
end
local function claim_cursor(id)
  return base64url("v1\031claim\031" .. id)
end

local function graphql(query, variables)
  return wrk.format("POST", nil, nil, '{"query":' .. json_string(query) .. ',"variables":' .. variables .. '}')
end

local builders = {
  editorial = function(p) return graphql(EDITORIAL, '{"after":' .. json_string(claim_cursor(p)) .. '}') end,
  detail = function(p) return graphql(DETAIL, '{"id":' .. json_string(p) .. '}') end,
  search = function(p) return graphql(SEARCH, '{"search":' .. json_string(p) .. '}') end,
  match = function(p) return graphql(MATCH, '{"text":' .. json_string(p) .. '}') end,
  mixed = function(p) return graphql(EDITORIAL, '{"after":' .. json_string(claim_cursor(p)) .. '}') end,
  postgraphile = function(p) return graphql(POSTGRAPHILE, '{"before":' .. json_string(p) .. '}') end,
  floor = function(p) return wrk.format("GET", "/editorial?after=" .. p) end,
}

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_index", thread_count)
  threads[#threads + 1] = thread
end

-- Per-thread state (each wrk thread runs its own copy of this script); the counters are globals so that done()
-- can read them with thread:get.
local params, position, sent
graphql_errors, user_errors, conflicts, invalid, writes, writes_ok = 0, 0, 0, 0, 0, 0
local seen = {}   -- mixed: claims read from a page (id, state, version), to act on

function init(args)
  params = load_params(os.getenv("PARAMS"))
  position = ((thread_index or 1) - 1) * 7919 % #params
  sent = 0
  wrk.headers["Content-Type"] = "application/json"
  if token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
end

local function next_param()
  position = position % #params + 1
  return params[position]
end

function request()
  sent = sent + 1
  if workload == "mixed" and sent % write_every == 0 and #seen > 0 then
    local claim = table.remove(seen, 1)
    local to = (claim.state == "NEW") and "IN_PROGRESS" or "NEW"
    return graphql(TRANSITION, '{"id":"' .. claim.id .. '","to":"' .. to .. '","v":' .. claim.version .. '}')
  end
  return builders[workload](next_param())
end

function response(status, headers, body)
  if status ~= 200 then return end
  if body:find('"errors":', 1, true) then graphql_errors = graphql_errors + 1 end
  if workload ~= "mixed" then return end
  if body:find('"transitionClaim"', 1, true) then
    writes = writes + 1
    local code = body:match('"code":"([%u_]+)"')
    if code == nil then writes_ok = writes_ok + 1
    elseif code == "VERSION_CONFLICT" then conflicts = conflicts + 1
    elseif code == "INVALID_TRANSITION" then invalid = invalid + 1
    else user_errors = user_errors + 1 end
    return
  end
  -- Keep two claims of each page read, the way an editor acts on what the page shows.
  local taken = 0
  for id, state, version in body:gmatch('"id":"(%d+)","state":"([%u_]+)","version":(%d+)') do
    taken = taken + 1
    if taken > 48 and #seen < 64 then
      seen[#seen + 1] = { id = id, state = state, version = version }
    end
  end
end

function done(summary, latency, requests)
  local totals = { graphql_errors = 0, user_errors = 0, conflicts = 0, invalid = 0, writes = 0, writes_ok = 0 }
  for _, thread in ipairs(threads) do
    for key, _ in pairs(totals) do
      totals[key] = totals[key] + (thread:get(key) or 0)
    end
  end
  local e = summary.errors
  local http_errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format(
    '{"workload":"%s","requests":%d,"rps":%.1f,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f,' ..
    '"http_errors":%d,"graphql_errors":%d,"writes":%d,"writes_ok":%d,"version_conflicts":%d,' ..
    '"invalid_transitions":%d,"other_user_errors":%d}\n',
    workload, summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    http_errors, totals.graphql_errors, totals.writes, totals.writes_ok, totals.conflicts, totals.invalid,
    totals.user_errors))
end
