// The servers under test, handed over by NodeSuiteTest (mvn verify) in LIBSQL4J_SERVERS:
// [{ name, url, authUrl, nsUrl, adminUrl, tokens: { rw, ro, expired, forged } }, ...] — one entry for
// sqld, one for the libsql4j devserver. Every test runs against each of them.
import { createClient } from "@libsql/client";

const raw = process.env.LIBSQL4J_SERVERS;
if (!raw) {
  throw new Error("LIBSQL4J_SERVERS is not set: run this suite through NodeSuiteTest (mvn verify), "
    + "which starts sqld and a devserver and passes their URLs");
}

/** The servers, each with a name to label the tests. */
export const servers = JSON.parse(raw);

/** A client on a server's plain (no auth, no namespaces) listener; int64 as BigInt. */
export function plainClient(server) {
  return createClient({ url: server.url, intMode: "bigint" });
}

/** A client that selects a namespace with the x-namespace-bin header (base64 of the name). */
export function namespaceClient(server, namespace) {
  const header = Buffer.from(namespace).toString("base64").replace(/=+$/, "");
  const fetchWithNamespace = (request, init) => {
    const headers = new Headers(request instanceof Request ? request.headers : init?.headers);
    headers.set("x-namespace-bin", header);
    return request instanceof Request
      ? fetch(new Request(request, { headers }))
      : fetch(request, { ...init, headers });
  };
  return createClient({ url: server.nsUrl, intMode: "bigint", fetch: fetchWithNamespace });
}

/** Creates a namespace through the admin API, as sqld's. */
export async function createNamespace(server, namespace) {
  const response = await fetch(`${server.adminUrl}/v1/namespaces/${namespace}/create`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: "{}",
  });
  if (response.status !== 200) {
    throw new Error(`creating ${namespace} on ${server.name}: ${response.status} ${await response.text()}`);
  }
}

/** A table name no other test uses. */
let counter = 0;
export function table(prefix) {
  counter += 1;
  return `${prefix}_${process.pid}_${counter}`;
}
