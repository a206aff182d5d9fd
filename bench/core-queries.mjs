// Times the core's queries in Node: warm, over many calls (the work an element does per render),
// and each one's first call, which includes lazy set-up (search builds its index then).
import { execFileSync } from 'node:child_process';
import { guidanceFor, search, servicesFor } from '../dist/src/core/index.js';
import { median } from './stats.mjs';

const QUERIES = [
  ['servicesFor({ nation: "wales" })', () => servicesFor({ nation: 'wales' })],
  ['servicesFor({ nation: "england", age: "young-person" })', () => servicesFor({ nation: 'england', age: 'young-person' })],
  ['guidanceFor({ setting: "emergency-department", audience: "professional" })', () => guidanceFor({ setting: 'emergency-department', audience: 'professional' })],
  ['guidanceFor({ setting: "housing-homelessness", audience: "person" })', () => guidanceFor({ setting: 'housing-homelessness', audience: 'person' })],
  ['search("carer")', () => search('carer')],
  ['search("listened to without judgement")', () => search('listened to without judgement')],
];

const BATCH = 100;
const BATCHES = 200;
/** A first call happens once per process, so one sample is mostly noise: take the median of several. */
const FRESH_PROCESSES = 11;
const CHILD = 'SHG_BENCH_FIRST_CALLS';

/** In a fresh process (this file, run with CHILD set): each query's first call, in order, in ms. */
function firstCalls() {
  return QUERIES.map(([, run]) => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
}

/** Each query's first-call time: the median over FRESH_PROCESSES new Node processes. */
function firstCallsInFreshProcesses() {
  const runs = Array.from({ length: FRESH_PROCESSES }, () =>
    JSON.parse(execFileSync(process.execPath, [import.meta.filename], { env: { ...process.env, [CHILD]: '1' }, encoding: 'utf8' })),
  );
  return QUERIES.map((_, query) => median(runs.map((times) => times[query])));
}

/** Prints a table and returns each query's first-call and per-call median / p95 in milliseconds. */
export async function timeCoreQueries() {
  const results = [];
  const firstCallTimes = firstCallsInFreshProcesses();
  for (const [index, [name, run]] of QUERIES.entries()) {
    const firstCall = firstCallTimes[index];
    let sink = run();
    for (let i = 0; i < 200; i += 1) sink = run(); // warm up the JIT
    const perCall = [];
    for (let b = 0; b < BATCHES; b += 1) {
      const start = performance.now();
      for (let i = 0; i < BATCH; i += 1) sink = run();
      perCall.push((performance.now() - start) / BATCH);
    }
    if (!sink) throw new Error(`${name} returned nothing`);
    perCall.sort((a, b) => a - b);
    results.push({ name, firstCall, median: perCall[perCall.length >> 1], p95: perCall[Math.floor(perCall.length * 0.95)] });
  }
  console.log(`\n4. Core queries in Node ${process.version} (${BATCHES} batches of ${BATCH} calls; first call: median over ${FRESH_PROCESSES} fresh processes, including lazy set-up)\n`);
  console.log(`${'query'.padEnd(78)}${'first call'.padStart(12)}${'median'.padStart(12)}${'p95'.padStart(12)}`);
  for (const r of results) {
    console.log(`${r.name.padEnd(78)}${`${r.firstCall.toFixed(3)} ms`.padStart(12)}${`${r.median.toFixed(4)} ms`.padStart(12)}${`${r.p95.toFixed(4)} ms`.padStart(12)}`);
  }
  return results;
}

if (process.env[CHILD]) console.log(JSON.stringify(firstCalls()));
