// Claim alert latency: N graphql-ws subscribers on one factdesk instance, claims committed into its database,
// insert→delivery latency per alert and alerts lost. See README.md for how to run it and what was measured.
//
//   node bench.mjs --subscribers 1000 --events 200 --rate 10 \
//     --url ws://localhost:8080/graphql --db postgres://postgres@127.0.0.1:5432/factdesk_bench \
//     --token "$(curl -s localhost:8080/dev/tokens/bench_checker | jq -r .token)" \
//     [--nested] [--best-match] [--kill-listener-at 100]
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';

const { values: options } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '100' },
    events: { type: 'string', default: '200' },
    rate: { type: 'string', default: '10' },
    url: { type: 'string', default: 'ws://localhost:8080/graphql' },
    db: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/factdesk_bench' },
    // A desk member's bearer token, sent in connection_init: subscriptions need a signed-in member.
    token: { type: 'string', default: process.env.FACTDESK_TOKEN ?? '' },
    nested: { type: 'boolean', default: false },
    // Each alert also selects the claim on file it most likely repeats (one lookup shared by all subscribers).
    'best-match': { type: 'boolean', default: false },
    'drain-seconds': { type: 'string', default: '30' },
    // Terminates the server's LISTEN connection just before this event: alerts must still all arrive.
    'kill-listener-at': { type: 'string', default: '0' },
  },
});
const subscribers = Number(options.subscribers);
const events = Number(options.events);
const rate = Number(options.rate);
const killListenerAt = Number(options['kill-listener-at']);

// Without --nested the selection needs nothing beyond the claim the server already loaded for the alert;
// with it, every subscriber's execution also loads the claim's article and speaker (batch-loaded per alert).
const claimFields = options.nested ? 'id text article { headline } claimant { name }' : 'id text';
const bestMatch = options['best-match'] ? 'bestMatch { score node { id state } }' : '';
const subscription = `subscription ($article: ID) {
  claimAdded(filter: {articleId: $article}) { cursor kind claim { ${claimFields} } ${bestMatch} }
}`;
if (!options.token) {
  console.error('--token (or FACTDESK_TOKEN) is required: subscriptions need a desk member\'s token');
  process.exit(2);
}

const db = new pg.Client({ connectionString: options.db });
await db.connect();
const token = Math.random().toString(36).slice(2, 10);
const { rows: [article] } = await db.query(
  `INSERT INTO article (headline, outlet, url, published_at, body)
   VALUES ($1, 'Alert bench', $2, now(), 'A body for the alert bench.') RETURNING id`,
  [`Alert bench ${token}`, `https://bench.example/${token}`]);

const sentAt = new Map();
const latencies = [];
const screens = [];
let errors = 0;

function onAlert(screen, message) {
  const text = message.data?.claimAdded?.claim?.text;
  if (text === undefined) {
    errors++;
    return;
  }
  if (text === 'barrier') {
    screen.ready = true;
    return;
  }
  const seq = Number(text.slice('bench '.length));
  if (screen.received.has(seq)) {
    screen.duplicates++;
    return;
  }
  screen.received.add(seq);
  latencies.push(performance.now() - sentAt.get(seq));
}

// Sockets open in waves, so that the server is not hit by thousands of handshakes in the same millisecond.
for (let i = 0; i < subscribers; i++) {
  const screen = { received: new Set(), duplicates: 0, ready: false, failed: null };
  screen.client = createClient({ url: options.url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true,
    connectionParams: { Authorization: `Bearer ${options.token}` } });
  screen.client.subscribe({ query: subscription, variables: { article: String(article.id) } }, {
    next: (message) => onAlert(screen, message),
    error: (error) => { screen.failed = error; errors++; },
    complete: () => {},
  });
  screens.push(screen);
  if (i % 100 === 99) {
    await sleep(50);
  }
}

// The protocol does not acknowledge a subscribe: barrier claims until every subscriber has seen one.
const barrierDeadline = performance.now() + 120_000;
while (screens.some((screen) => !screen.ready) && performance.now() < barrierDeadline) {
  await db.query('INSERT INTO claim (article_id, text) VALUES ($1, $2)', [article.id, 'barrier']);
  await sleep(500);
}
const notReady = screens.filter((screen) => !screen.ready).length;
if (notReady > 0) {
  console.error(`${notReady} subscribers never saw the barrier; ${screens.filter((s) => s.failed).length} failed`);
}

const commitTimes = [];
const started = performance.now();
for (let seq = 1; seq <= events; seq++) {
  const due = started + (seq - 1) * (1000 / rate);
  const wait = due - performance.now();
  if (wait > 0) {
    await sleep(wait);
  }
  if (seq === killListenerAt) {
    const { rowCount } = await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                                          WHERE application_name = 'factdesk-alerts'`);
    console.error(`terminated ${rowCount} listener connection(s) before event ${seq}`);
  }
  sentAt.set(seq, performance.now());
  await db.query('INSERT INTO claim (article_id, text, check_worthiness) VALUES ($1, $2, 0.5)',
    [article.id, `bench ${seq}`]);
  commitTimes.push(performance.now() - sentAt.get(seq));
}

// Overload shows as delay, not as errors: wait for the stragglers before counting what is missing.
const expected = subscribers * events;
const drainDeadline = performance.now() + Number(options['drain-seconds']) * 1000;
while (latencies.length < expected && performance.now() < drainDeadline) {
  await sleep(100);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const round = (ms) => Math.round(ms * 10) / 10;
function describe(failure) {
  if (failure === undefined) return null;
  if (failure?.code !== undefined) return `close ${failure.code} ${failure.reason ?? ''}`.trim();
  return JSON.stringify(failure?.message ?? failure);
}
const result = {
  subscribers,
  events,
  ratePerSecond: rate,
  nested: options.nested,
  bestMatch: options['best-match'],
  killListenerAt: killListenerAt || null,
  delivered: latencies.length,
  expected,
  lost: expected - latencies.length,
  duplicates: screens.reduce((sum, screen) => sum + screen.duplicates, 0),
  errors,
  // What ended the first failed subscription: a close (code, reason) or the GraphQL errors it was sent.
  firstError: describe(screens.find((screen) => screen.failed)?.failed),
  latencyMs: {
    p50: round(percentile(latencies, 50)),
    p90: round(percentile(latencies, 90)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.reduce((max, value) => Math.max(max, value), 0)),
  },
  insertCommitMs: { p50: round(percentile(commitTimes, 50)), p99: round(percentile(commitTimes, 99)) },
};
console.log(JSON.stringify(result));

for (const screen of screens) {
  await screen.client.dispose();
}
await db.end();
