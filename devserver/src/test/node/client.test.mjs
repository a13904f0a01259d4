// @libsql/client (pinned in package-lock.json) against each server: values, arguments, batches,
// transactions, executeMultiple, errors, auth tokens and namespaces.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createClient, LibsqlError } from "@libsql/client";
import { servers, plainClient, namespaceClient, createNamespace, table } from "./servers.mjs";

for (const server of servers) {
  describe(`@libsql/client on ${server.name}`, () => {
    const client = plainClient(server);

    test("every value type comes back as it went in (int64 as BigInt)", async () => {
      const t = table("vals");
      await client.execute(`CREATE TABLE ${t}(i INTEGER, f REAL, s TEXT, b BLOB, n)`);
      const big = 9007199254740993n; // 2^53 + 1: not representable as a JS number
      const values = [
        [big, 1.5, "héllo 🌍", new Uint8Array([0, 1, 255]), null],
        [-9223372036854775808n, -0.25, "", new Uint8Array([]), null],
        [9223372036854775807n, 1e300, "x".repeat(10000), new Uint8Array(1000).fill(7), null],
      ];
      for (const row of values) {
        await client.execute({ sql: `INSERT INTO ${t} VALUES (?, ?, ?, ?, ?)`, args: row });
      }
      const rs = await client.execute(`SELECT i, f, s, b, n, typeof(i), typeof(f), typeof(b) FROM ${t} ORDER BY rowid`);
      assert.deepEqual(rs.columns, ["i", "f", "s", "b", "n", "typeof(i)", "typeof(f)", "typeof(b)"]);
      for (let r = 0; r < values.length; r++) {
        const row = rs.rows[r];
        assert.equal(row.i, values[r][0]);
        assert.equal(row.f, values[r][1]);
        assert.equal(row.s, values[r][2]);
        assert.deepEqual(new Uint8Array(row.b), values[r][3]);
        assert.equal(row.n, null);
        assert.deepEqual([row[5], row[6], row[7]], ["integer", "real", "blob"]);
      }
    });

    test("named arguments with every prefix, and positional ones with and without numbers", async () => {
      const named = await client.execute({ sql: "SELECT :a AS a, @b AS b, $c AS c", args: { a: 1n, b: "two", c: 3.5 } });
      assert.deepEqual([named.rows[0].a, named.rows[0].b, named.rows[0].c], [1n, "two", 3.5]);
      const positional = await client.execute({ sql: "SELECT ?, ?2, ?1", args: ["first", "second"] });
      assert.deepEqual(Array.from(positional.rows[0]), ["first", "second", "first"]);
    });

    test("counters: rowsAffected and lastInsertRowid", async () => {
      const t = table("counters");
      await client.execute(`CREATE TABLE ${t}(id INTEGER PRIMARY KEY, v)`);
      const insert = await client.execute({ sql: `INSERT INTO ${t}(v) VALUES (?), (?)`, args: ["a", "b"] });
      assert.equal(insert.rowsAffected, 2);
      assert.equal(insert.lastInsertRowid, 2n);
      const update = await client.execute(`UPDATE ${t} SET v = 'c'`);
      assert.equal(update.rowsAffected, 2);
    });

    test("a write batch is atomic: one failing statement undoes the others", async () => {
      const t = table("atomic");
      await client.execute(`CREATE TABLE ${t}(id INTEGER PRIMARY KEY, v TEXT NOT NULL)`);
      const ok = await client.batch([
        { sql: `INSERT INTO ${t}(v) VALUES (?)`, args: ["one"] },
        { sql: `INSERT INTO ${t}(v) VALUES (?)`, args: ["two"] },
        `SELECT count(*) AS n FROM ${t}`,
      ], "write");
      assert.equal(ok.length, 3);
      assert.equal(ok[2].rows[0].n, 2n);
      await assert.rejects(client.batch([
        { sql: `INSERT INTO ${t}(v) VALUES (?)`, args: ["three"] },
        { sql: `INSERT INTO ${t}(v) VALUES (?)`, args: [null] },
      ], "write"), (e) => e instanceof LibsqlError && e.code === "SQLITE_CONSTRAINT");
      const count = await client.execute(`SELECT count(*) AS n FROM ${t}`);
      assert.equal(count.rows[0].n, 2n);
    });

    test("read and deferred batches", async () => {
      const t = table("modes");
      await client.execute(`CREATE TABLE ${t}(v)`);
      const deferred = await client.batch([`INSERT INTO ${t} VALUES (1)`, `SELECT count(*) AS n FROM ${t}`], "deferred");
      assert.equal(deferred[1].rows[0].n, 1n);
      const read = await client.batch([`SELECT count(*) AS n FROM ${t}`, "SELECT 2 AS two"], "read");
      assert.deepEqual([read[0].rows[0].n, read[1].rows[0].two], [1n, 2n]);
    });

    test("interactive transactions commit and roll back", async () => {
      const t = table("tx");
      await client.execute(`CREATE TABLE ${t}(v)`);
      const rolledBack = await client.transaction("write");
      await rolledBack.execute(`INSERT INTO ${t} VALUES ('gone')`);
      assert.equal((await rolledBack.execute(`SELECT count(*) AS n FROM ${t}`)).rows[0].n, 1n);
      await rolledBack.rollback();
      const committed = await client.transaction("write");
      await committed.execute(`INSERT INTO ${t} VALUES ('kept')`);
      await committed.commit();
      const rows = (await client.execute(`SELECT v FROM ${t}`)).rows;
      assert.deepEqual(rows.map((r) => r.v), ["kept"]);
    });

    test("executeMultiple runs a script", async () => {
      const t = table("script");
      await client.executeMultiple(`CREATE TABLE ${t}(v); INSERT INTO ${t} VALUES (1); INSERT INTO ${t} VALUES (2);`);
      assert.equal((await client.execute(`SELECT sum(v) AS s FROM ${t}`)).rows[0].s, 3n);
    });

    test("errors carry sqld's codes", async () => {
      const t = table("errs");
      await client.execute(`CREATE TABLE ${t}(id INTEGER PRIMARY KEY)`);
      await client.execute(`INSERT INTO ${t} VALUES (1)`);
      await assert.rejects(client.execute(`INSERT INTO ${t} VALUES (1)`),
        (e) => e instanceof LibsqlError && e.code === "SQLITE_CONSTRAINT");
      await assert.rejects(client.execute("SELEC 1"),
        (e) => e instanceof LibsqlError && e.code === "SQL_PARSE_ERROR");
      await assert.rejects(client.execute("SELECT * FROM no_such_table"),
        (e) => e instanceof LibsqlError && /no such table/.test(e.message));
      await assert.rejects(client.execute("SELECT 1; SELECT 2"),
        (e) => e instanceof LibsqlError && e.code === "SQL_MANY_STATEMENTS");
    });

    describe("auth tokens", () => {
      const as = (token) => createClient({ url: server.authUrl, authToken: token, intMode: "bigint" });

      test("a read-write token reads and writes", async () => {
        const c = as(server.tokens.rw);
        const t = table("auth");
        await c.execute(`CREATE TABLE ${t}(v)`);
        await c.execute(`INSERT INTO ${t} VALUES (1)`);
        assert.equal((await c.execute(`SELECT count(*) AS n FROM ${t}`)).rows[0].n, 1n);
      });

      test("a read-only token reads but may not write", async () => {
        const c = as(server.tokens.ro);
        assert.equal((await c.execute("SELECT 1 AS one")).rows[0].one, 1n);
        await assert.rejects(c.execute("CREATE TABLE ro_may_not(v)"), /403|[Ff]orbidden/);
      });

      for (const kind of ["expired", "forged"]) {
        test(`an ${kind} token is refused`, async () => {
          await assert.rejects(as(server.tokens[kind]).execute("SELECT 1"), /401|[Uu]nauthori/);
        });
      }

      test("no token is refused", async () => {
        await assert.rejects(as(undefined).execute("SELECT 1"), /401|[Uu]nauthori/);
      });
    });

    describe("namespaces", () => {
      test("each namespace is a database of its own; an unknown one is an error", async () => {
        const [a, b] = [`node-a-${process.pid}`, `node-b-${process.pid}`];
        await createNamespace(server, a);
        await createNamespace(server, b);
        await namespaceClient(server, a).execute("CREATE TABLE only_in_a(v)");
        await namespaceClient(server, a).execute("INSERT INTO only_in_a VALUES (1)");
        const inA = await namespaceClient(server, a).execute("SELECT count(*) AS n FROM only_in_a");
        assert.equal(inA.rows[0].n, 1n);
        await assert.rejects(namespaceClient(server, b).execute("SELECT * FROM only_in_a"), /no such table/);
        await assert.rejects(namespaceClient(server, "node-missing").execute("SELECT 1"), /404|doesn't exist|not found/i);
      });
    });
  });
}
