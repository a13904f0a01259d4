// Raw Hrana over HTTP against each server: v3 pipelines, batons, autocommit state, cursors and
// describe, written as a client would send them.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { servers } from "./servers.mjs";

async function pipeline(server, baton, requests) {
  const response = await fetch(`${server.url}/v3/pipeline`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ baton, requests }),
  });
  const text = await response.text();
  // Refusals are text on sqld and JSON on the devserver: only successful answers are parsed.
  return { status: response.status, body: response.status === 200 ? JSON.parse(text) : text };
}

const execute = (sql, args = []) => ({ type: "execute", stmt: { sql, args } });

for (const server of servers) {
  describe(`Hrana 3 over HTTP on ${server.name}`, () => {
    test("a pipeline runs its requests in order and a close ends the stream", async () => {
      const { status, body } = await pipeline(server, null, [
        execute("SELECT ? AS a, 'x' AS b", [{ type: "integer", value: "42" }]), { type: "close" }]);
      assert.equal(status, 200);
      assert.equal(body.baton, null);
      const result = body.results[0].response.result;
      assert.deepEqual(result.cols.map((c) => c.name), ["a", "b"]);
      assert.deepEqual(result.rows, [[{ type: "integer", value: "42" }, { type: "text", value: "x" }]]);
      assert.deepEqual(body.results[1], { type: "ok", response: { type: "close" } });
    });

    test("a baton is single-use: the next one continues the stream, a used one is refused", async () => {
      const first = await pipeline(server, null, [execute("BEGIN")]);
      assert.equal(typeof first.body.baton, "string");
      const second = await pipeline(server, first.body.baton, [{ type: "get_autocommit" }]);
      assert.equal(second.status, 200);
      // Still inside the transaction the first request began: the same stream.
      assert.equal(second.body.results[0].response.is_autocommit, false);
      const replay = await pipeline(server, first.body.baton, [execute("SELECT 1")]);
      assert.equal(replay.status, 400);
      await pipeline(server, second.body.baton, [{ type: "close" }]);
    });

    test("get_autocommit and is_autocommit follow the transaction", async () => {
      const open = await pipeline(server, null, [{ type: "get_autocommit" }, execute("BEGIN"), { type: "get_autocommit" }]);
      assert.equal(open.body.results[0].response.is_autocommit, true);
      assert.equal(open.body.results[2].response.is_autocommit, false);
      const batch = {
        type: "batch",
        batch: {
          steps: [
            { stmt: { sql: "SELECT 'in transaction'" }, condition: { type: "not", cond: { type: "is_autocommit" } } },
            { stmt: { sql: "COMMIT" } },
            { stmt: { sql: "SELECT 'skipped'" }, condition: { type: "not", cond: { type: "is_autocommit" } } },
          ],
        },
      };
      const done = await pipeline(server, open.body.baton, [batch, { type: "get_autocommit" }, { type: "close" }]);
      const steps = done.body.results[0].response.result.step_results;
      assert.notEqual(steps[0], null);
      assert.notEqual(steps[1], null);
      assert.equal(steps[2], null);
      assert.equal(done.body.results[1].response.is_autocommit, true);
    });

    test("a cursor streams a batch as newline-delimited entries", async () => {
      const response = await fetch(`${server.url}/v3/cursor`, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          baton: null,
          batch: { steps: [{ stmt: { sql: "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) SELECT i FROM n" } }] },
        }),
      });
      assert.equal(response.status, 200);
      const lines = (await response.text()).split("\n").filter((l) => l.length > 0).map((l) => JSON.parse(l));
      assert.equal(typeof lines[0].baton, "string");
      const entries = lines.slice(1).filter((e) => e.type !== "replication_index");
      assert.equal(entries[0].type, "step_begin");
      assert.deepEqual(entries[0].cols.map((c) => c.name), ["i"]);
      const rows = entries.filter((e) => e.type === "row");
      assert.equal(rows.length, 100);
      assert.deepEqual(rows[99].row, [{ type: "integer", value: "100" }]);
      assert.equal(entries.at(-1).type, "step_end");
      await pipeline(server, lines[0].baton, [{ type: "close" }]);
    });

    test("describe reports parameters, columns and whether a statement only reads", async () => {
      const { body } = await pipeline(server, null, [
        { type: "describe", sql: "SELECT :x AS a, ?2 AS b" },
        { type: "describe", sql: "CREATE TABLE never_created(v)" },
        { type: "describe", sql: "EXPLAIN SELECT 1" },
        { type: "close" },
      ]);
      const select = body.results[0].response.result;
      assert.deepEqual(select.params.map((p) => p.name), [":x", "?2"]);
      assert.deepEqual(select.cols.map((c) => c.name), ["a", "b"]);
      assert.equal(select.is_readonly, true);
      assert.equal(select.is_explain, false);
      assert.equal(body.results[1].response.result.is_readonly, false);
      assert.equal(body.results[2].response.result.is_explain, true);
    });

    test("stored SQL is reused by id and forgotten by close_sql", async () => {
      const { body } = await pipeline(server, null, [
        { type: "store_sql", sql_id: 1, sql: "SELECT 'stored'" },
        { type: "execute", stmt: { sql_id: 1 } },
        { type: "close_sql", sql_id: 1 },
      ]);
      assert.deepEqual(body.results[1].response.result.rows, [[{ type: "text", value: "stored" }]]);
      const reused = await pipeline(server, body.baton, [{ type: "execute", stmt: { sql_id: 1 } }]);
      assert.equal(reused.status, 400);
    });
  });
}
