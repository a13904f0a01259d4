// The @libsql/client peer of the libsql4j benchmarks.
//
// Driven by the Java runner (dev.libsql4j.benchmarks.NodePeer): it reads one JSON command per
// line on stdin and answers each with one JSON line on stdout. The runner sends the SQL and the
// sizes, so the workload is defined once, in Java. Start with `node --expose-gc peer.mjs`: the
// heap measurement collects garbage before it reads the heap, like the Java side does.
//
// Commands:
//   {"cmd":"hello"}                                   -> {"ok":true,"client":"0.18.0","node":"v20…"}
//   {"cmd":"run","url","operation","threads","runTimeMillis","minOperations","seed","workload"}
//                                                     -> {"ok":true,"elapsedNanos","latencyNanos":[…],"cpuNanos"}
//   {"cmd":"heap","url","sql","rows"}                 -> {"ok":true,"liveHeapGrowth"}
// Failures answer {"ok":false,"error":"…"}.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createClient } from "@libsql/client/http";

// The package does not export its package.json, so read the installed copy directly.
const clientVersion = JSON.parse(
  readFileSync(new URL("./node_modules/@libsql/client/package.json", import.meta.url), "utf8")).version;
const clients = new Map();

function clientFor(url) {
  // One client per server URL for the life of the process, like an application keeps one.
  if (!clients.has(url)) {
    clients.set(url, createClient({ url }));
  }
  return clients.get(url);
}

// mulberry32: a small seeded PRNG, so runs are repeatable (Java's SplittableRandom is not
// available here, so the keys differ from the Java peers' but are equally uniform).
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function operation(client, cmd) {
  const w = cmd.workload;
  switch (cmd.operation) {
    case "POINT_SELECT":
      return async (next) => {
        const key = 1 + Math.floor(next() * w.keyCount);
        const rs = await client.execute({ sql: w.pointSelect, args: [key] });
        if (rs.rows.length !== 1 || Number(rs.rows[0][0]) !== key || rs.rows[0][1] === null) {
          throw new Error(`point select found no row for id ${key}`);
        }
      };
    case "SINGLE_INSERT":
      return async () => {
        await client.execute({ sql: w.insert, args: [w.value] });
      };
    case "BATCH_INSERT": {
      const statements = Array.from({ length: w.batchSize }, () => ({ sql: w.insert, args: [w.value] }));
      return async () => {
        await client.batch(statements, "write");
      };
    }
    case "SCAN":
      return async () => {
        const rows = await readAll(client, w.scanSql);
        if (rows !== w.scanRows) {
          throw new Error(`scan read ${rows} rows, expected ${w.scanRows}`);
        }
      };
    default:
      throw new Error(`unknown operation ${cmd.operation}`);
  }
}

async function readAll(client, sql) {
  const rs = await client.execute(sql);
  let checksum = 0;
  for (const row of rs.rows) {
    checksum += Number(row[0]) + row[1].length; // read every column, as the Java peers do
  }
  if (checksum === 0 && rs.rows.length > 0) {
    throw new Error("scan returned only empty rows");
  }
  return rs.rows.length;
}

// Same rules as the Java LoadGenerator: `threads` concurrent loops (async here: one JS thread,
// the client's own concurrency), each until the run time and its share of minOperations are done.
async function run(cmd) {
  const op = operation(clientFor(cmd.url), cmd);
  const perLoop = Math.ceil(cmd.minOperations / cmd.threads);
  const cpuBefore = process.cpuUsage();
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(cmd.runTimeMillis) * 1_000_000n;
  const latencies = [];
  let failed = null;
  const loop = async (index) => {
    const next = random(cmd.seed + index);
    for (let count = 0; failed === null && (count < perLoop || process.hrtime.bigint() < deadline); count++) {
      const before = process.hrtime.bigint();
      try {
        await op(next);
      } catch (e) {
        failed = failed ?? e;
        return;
      }
      latencies.push(Number(process.hrtime.bigint() - before));
    }
  };
  await Promise.all(Array.from({ length: cmd.threads }, (_, i) => loop(i)));
  if (failed !== null) {
    throw failed;
  }
  const elapsedNanos = Number(process.hrtime.bigint() - start);
  const cpu = process.cpuUsage(cpuBefore);
  return { elapsedNanos, latencyNanos: latencies, cpuNanos: (cpu.user + cpu.system) * 1000 };
}

function liveHeap() {
  global.gc();
  global.gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

// The client returns the whole result at once, so "mid-scan" is while the application walks it.
async function heap(cmd) {
  const before = liveHeap();
  const rs = await clientFor(cmd.url).execute(cmd.sql);
  if (rs.rows.length !== cmd.rows) {
    throw new Error(`scan read ${rs.rows.length} rows, expected ${cmd.rows}`);
  }
  const midScan = liveHeap();
  return { liveHeapGrowth: midScan - before, rows: rs.rows.length };
}

async function handle(cmd) {
  switch (cmd.cmd) {
    case "hello":
      return { client: clientVersion, node: process.version };
    case "run":
      return run(cmd);
    case "heap":
      return heap(cmd);
    default:
      throw new Error(`unknown command ${cmd.cmd}`);
  }
}

function describe(e) {
  const code = e?.code ? `${e.code}: ` : "";
  const cause = e?.cause?.message ? ` (cause: ${e.cause.message})` : "";
  return `${e?.constructor?.name ?? "Error"}: ${code}${e?.message ?? e}${cause}`;
}

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === "") continue;
  let answer;
  try {
    answer = { ok: true, ...(await handle(JSON.parse(line))) };
  } catch (e) {
    answer = { ok: false, error: describe(e) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
}
for (const client of clients.values()) {
  client.close();
}
