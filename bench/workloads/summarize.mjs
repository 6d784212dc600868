// Turns the wrk lines of bench/run.sh (one JSON object per run) into the result table: for every workload and
// concurrency the median of the runs (min-max in brackets), the error counts summed, and the target ratios.
// Usage: node summarize.mjs raw.jsonl <results/name> key=value...   (writes name.md, name.csv, name.jsonl)
import { readFileSync, writeFileSync } from 'node:fs';

const [rawPath, outPath, ...facts] = process.argv.slice(2);
const runs = readFileSync(rawPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const info = Object.fromEntries(facts.map((f) => [f.slice(0, f.indexOf('=')), f.slice(f.indexOf('=') + 1)]));

const DESCRIPTION = {
  editorial: 'factdesk: editorial page (50 claims NEW/IN_PROGRESS + article, claimant, evidence count)',
  floor: 'raw-SQL floor: the same page, WebFlux + R2DBC, no GraphQL',
  postgraphile: 'PostGraphile 4: the same page',
  detail: 'factdesk: claim detail (article, claimant, evidence, history, verdict)',
  search: 'factdesk: full-text search, 20 claims',
  match: 'factdesk: matchClaim(text), 10 matches',
  mixed: 'factdesk: editorial page reads + 20 % transitionClaim',
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const cells = new Map();
for (const run of runs) {
  const key = `${run.workload}@${run.connections}`;
  if (!cells.has(key)) cells.set(key, []);
  cells.get(key).push(run);
}
const stat = (list, field) => ({
  median: median(list.map((r) => r[field])),
  min: Math.min(...list.map((r) => r[field])),
  max: Math.max(...list.map((r) => r[field])),
});
const sum = (list, field) => list.reduce((total, r) => total + (r[field] ?? 0), 0);
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const range = (s) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;

const rows = [...cells.entries()].map(([key, list]) => {
  const [workload, connections] = key.split('@');
  return { workload, connections: Number(connections), runs: list.length, rps: stat(list, 'rps'),
    p50: stat(list, 'p50_ms'), p99: stat(list, 'p99_ms'), requests: sum(list, 'requests'),
    httpErrors: sum(list, 'http_errors'), graphqlErrors: sum(list, 'graphql_errors'), writes: sum(list, 'writes'),
    writesOk: sum(list, 'writes_ok'), conflicts: sum(list, 'version_conflicts'),
    invalid: sum(list, 'invalid_transitions') };
});
const order = Object.keys(DESCRIPTION);
rows.sort((a, b) => order.indexOf(a.workload) - order.indexOf(b.workload) || a.connections - b.connections);
const find = (w, c) => rows.find((r) => r.workload === w && r.connections === c);

const md = [];
md.push(`# factdesk benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, '');
md.push(`Machine: ${info.nproc} cores (\`nproc\`), ${info.cpu}; load average before ${info.load_before}, after ` +
  `${info.load_after}. ${info.java}; PostgreSQL ${info.postgresql}; Node ${info.node}; PostGraphile ` +
  `${info.postgraphile}; ${info.wrk}. factdesk at ${info.commit}. Data seed ${info.seed}. ${info.runs} runs of ` +
  `${info.duration} per cell; median (min–max).`, '');
md.push('| workload | conns | req/s | p50 ms | p99 ms | requests | HTTP errors | GraphQL errors | writes ok / conflicts / invalid |');
md.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) {
  const writes = r.workload === 'mixed' ? `${r.writesOk} / ${r.conflicts} / ${r.invalid} of ${r.writes}` : '';
  md.push(`| ${r.workload} | ${r.connections} | ${range(r.rps)} | ${range(r.p50)} | ${range(r.p99)} | ` +
    `${r.requests} | ${r.httpErrors} | ${r.graphqlErrors} | ${writes} |`);
}
md.push('', '**Targets** (medians of the same rounds):', '');
md.push('| conns | factdesk / PostGraphile req/s (target ≥ 1.5 at 64) | factdesk p99 / floor p99 (target ≤ 1.3) | factdesk / floor req/s |');
md.push('| ---: | ---: | ---: | ---: |');
for (const c of [...new Set(rows.map((r) => r.connections))]) {
  const e = find('editorial', c), pg = find('postgraphile', c), fl = find('floor', c);
  if (!e) continue;
  md.push(`| ${c} | ${pg ? (e.rps.median / pg.rps.median).toFixed(2) : '–'} | ` +
    `${fl ? (e.p99.median / fl.p99.median).toFixed(2) : '–'} | ${fl ? (e.rps.median / fl.rps.median).toFixed(2) : '–'} |`);
}
md.push('', 'Workloads:', '');
for (const w of order.filter((w) => rows.some((r) => r.workload === w))) md.push(`- \`${w}\`: ${DESCRIPTION[w]}`);
md.push('');
writeFileSync(`${outPath}.md`, md.join('\n'));

const csv = ['workload,connections,runs,rps_median,rps_min,rps_max,p50_ms_median,p99_ms_median,p99_ms_min,p99_ms_max,' +
  'requests,http_errors,graphql_errors,writes,writes_ok,version_conflicts,invalid_transitions,nproc'];
for (const r of rows) {
  csv.push([r.workload, r.connections, r.runs, r.rps.median, r.rps.min, r.rps.max, r.p50.median, r.p99.median,
    r.p99.min, r.p99.max, r.requests, r.httpErrors, r.graphqlErrors, r.writes, r.writesOk, r.conflicts, r.invalid,
    info.nproc].join(','));
}
writeFileSync(`${outPath}.csv`, csv.join('\n') + '\n');
writeFileSync(`${outPath}.jsonl`, runs.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(md.join('\n'));
