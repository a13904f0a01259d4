package dev.libsql4j.example.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.libsql4j.jdbc.routing.NodeRole;
import dev.libsql4j.jdbc.routing.WorkKind;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The service end to end over real HTTP, on a primary with a replica: sign-up (a database per
 * organisation), billing writes and reads, the jOOQ report, the cross-tenant report. Subclasses
 * start it on a real server.
 *
 * <p>Reads that may go to a replica in a request after the write (lists, reports) are eventually
 * consistent by design: those assertions wait for the replica, at most {@link #REPLICA_LAG}.
 */
abstract class InvoicingScenario {

  static final Duration REPLICA_LAG = Duration.ofSeconds(10);

  private static final AtomicInteger ORGANISATIONS = new AtomicInteger();

  static final ServedBy SERVED = new ServedBy();

  @LocalServerPort
  int port;

  Api api;

  @BeforeEach
  void client() {
    api = new Api(port);
    SERVED.attach();
  }

  /** A slug no other test uses. */
  private static String newSlug(String prefix) {
    return prefix + "-" + ORGANISATIONS.incrementAndGet();
  }

  @Test
  void signUpAnswersWithTheOrganisationReadFromAReplicaThatHasTheWrite() {
    for (int i = 0; i < 5; i++) {
      String slug = newSlug("acme");
      SERVED.clear();

      Api.Answer created = api.signUp(slug, "Acme " + i);

      assertThat(created.code()).as("%s", created.body()).isEqualTo(201);
      assertThat(created.body().get("slug").asString()).isEqualTo(slug);
      assertThat(created.body().get("name").asString()).isEqualTo("Acme " + i);
      // The migration and the insert ran on the primary; the answer's read-only transaction, last, on
      // the replica, which first caught up with the insert (its replication index rode with the read).
      assertThat(SERVED.count(NodeRole.REPLICA, WorkKind.WRITE)).as("%s", SERVED).isZero();
      assertThat(SERVED.count(NodeRole.PRIMARY, WorkKind.WRITE)).as("%s", SERVED).isPositive();
      assertThat(SERVED.last()).startsWith("READ served by REPLICA ");
      assertThat(SERVED.highestIndex(NodeRole.REPLICA, WorkKind.READ)).as("%s", SERVED)
          .isGreaterThanOrEqualTo(SERVED.highestIndex(NodeRole.PRIMARY, WorkKind.WRITE)).isPositive();
    }
  }

  @Test
  void signUpRefusesATakenSlugAndAnInvalidOne() {
    String slug = signedUp("taken", "First");

    Api.Answer again = api.signUp(slug, "Second");
    assertThat(again.code()).isEqualTo(409);
    assertThat(again.body().get("detail").asString()).isEqualTo("The slug '" + slug + "' is taken; choose another one");

    Api.Answer invalid = api.signUp("Not_Valid", "Bad");
    assertThat(invalid.code()).isEqualTo(400);
    assertThat(invalid.body().get("detail").asString()).isEqualTo("slug may only contain a-z, 0-9 and dashes");
  }

  @Test
  void billingWorksInTheOrganisationsOwnDatabase() {
    String acme = signedUp("bill", "Acme");
    String other = signedUp("other", "Other");

    long ada = customer(acme, "Ada", "ada@example.com");
    Api.Answer invoice = api.post("/api/invoices", acme, Map.of("customerId", ada, "paymentTermDays", 30,
        "lines", List.of(line("Consulting", 3, 12_000), line("Travel", 1, 4_550))));
    assertThat(invoice.code()).as("%s", invoice.body()).isEqualTo(201);
    assertThat(invoice.body().get("number").asString()).isEqualTo("INV-00001");
    assertThat(invoice.body().get("totalCents").asLong()).isEqualTo(40_550);
    long id = invoice.body().get("id").asLong();

    // findWithLinesById is @ReadPrimary: the invoice just issued, from the primary, in a new request.
    SERVED.clear();
    Api.Answer read = api.get("/api/invoices/" + id, acme);
    assertThat(read.code()).as("%s", read.body()).isEqualTo(200);
    assertThat(read.body().get("customerName").asString()).isEqualTo("Ada");
    assertThat(read.body().get("lines")).hasSize(2);
    assertThat(read.body().get("status").asString()).isEqualTo("OPEN");
    assertThat(SERVED.count(NodeRole.REPLICA, WorkKind.READ)).as("%s", SERVED).isZero();
    assertThat(SERVED.count(NodeRole.PRIMARY, WorkKind.READ)).as("%s", SERVED).isPositive();

    Api.Answer payment = api.post("/api/invoices/" + id + "/payment", acme, null);
    assertThat(payment.code()).as("%s", payment.body()).isEqualTo(200);
    assertThat(payment.body().get("status").asString()).isEqualTo("PAID");
    assertThat(api.post("/api/invoices/" + id + "/payment", acme, null).code()).isEqualTo(409);

    // The customer list is a read-only transaction: a replica serves it, and it catches up.
    await().atMost(REPLICA_LAG).untilAsserted(() ->
        assertThat(api.get("/api/customers", acme).body().findValuesAsString("name")).containsExactly("Ada"));
    SERVED.clear();
    api.get("/api/customers", acme);
    assertThat(SERVED.count(NodeRole.REPLICA, WorkKind.READ)).as("%s", SERVED).isEqualTo(1);

    // The other organisation's database has none of it.
    assertThat(api.get("/api/customers", other).body()).isEmpty();
    assertThat(api.get("/api/invoices/" + id, other).code()).isEqualTo(404);
  }

  @Test
  void badRequestsGetClearAnswers() {
    String acme = signedUp("errors", "Acme");
    customer(acme, "Ada", "ada@example.com");

    Api.Answer duplicate = api.post("/api/customers", acme, Map.of("name", "Ada 2", "email", "ada@example.com"));
    assertThat(duplicate.code()).isEqualTo(409);
    assertThat(duplicate.body().get("detail").asString()).contains("UNIQUE constraint failed: customer.email");

    assertThat(api.get("/api/customers", null).code()).isEqualTo(400);
    Api.Answer unknown = api.get("/api/customers", "nobody-signed-up-as-this");
    assertThat(unknown.code()).isEqualTo(404);
    assertThat(unknown.body().get("detail").asString())
        .isEqualTo("No organisation 'nobody-signed-up-as-this' has signed up; POST /api/organisations signs it up");
    assertThat(api.get("/api/customers", "Not_Valid").code()).isEqualTo(400);

    Api.Answer noCustomer = api.post("/api/invoices", acme, Map.of("customerId", 999, "paymentTermDays", 0,
        "lines", List.of(line("x", 1, 1))));
    assertThat(noCustomer.code()).isEqualTo(404);
    assertThat(noCustomer.body().get("detail").asString()).isEqualTo("No customer 999 in this organisation");

    Api.Answer noLines = api.post("/api/invoices", acme, Map.of("customerId", 1, "paymentTermDays", 0, "lines", List.of()));
    assertThat(noLines.code()).isEqualTo(400);
    assertThat(noLines.body().get("detail").asString()).isEqualTo("lines must not be empty");
  }

  @Test
  void customerBalancesComeFromTheJooqReport() {
    String acme = signedUp("balances", "Acme");
    long ada = customer(acme, "Ada", "ada@example.com");
    long bob = customer(acme, "Bob", "bob@example.com");
    customer(acme, "Cy", "cy@example.com");
    long paid = invoice(acme, ada, line("Design", 2, 50_000));
    invoice(acme, ada, line("Support", 1, 7_500));
    invoice(acme, bob, line("Licence", 3, 10_000), line("Setup", 1, 2_000));
    assertThat(api.post("/api/invoices/" + paid + "/payment", acme, null).code()).isEqualTo(200);

    await().atMost(REPLICA_LAG).untilAsserted(() -> {
      JsonNode report = api.get("/api/reports/customer-balances", acme).body();
      assertThat(report).hasSize(3);
      assertBalance(report.get(0), "Bob", 1, 32_000, 0, 32_000);
      assertBalance(report.get(1), "Ada", 2, 107_500, 100_000, 7_500);
      assertBalance(report.get(2), "Cy", 0, 0, 0, 0);
    });
  }

  @Test
  void revenueByOrganisationFansOutOverEveryOrganisationsDatabase() {
    String north = signedUp("north", "North Ltd");
    String south = signedUp("south", "South Ltd");
    long paid = invoice(north, customer(north, "Ada", "ada@example.com"), line("Audit", 1, 90_000));
    invoice(north, customer(north, "Bob", "bob@example.com"), line("Review", 2, 5_000));
    assertThat(api.post("/api/invoices/" + paid + "/payment", north, null).code()).isEqualTo(200);
    invoice(south, customer(south, "Cy", "cy@example.com"), line("Training", 4, 2_500));

    await().atMost(REPLICA_LAG).untilAsserted(() -> {
      JsonNode report = api.get("/api/reports/revenue-by-organisation", null).body();
      assertThat(report.get("failures")).isEmpty();
      Map<String, JsonNode> byOrganisation = new HashMap<>();
      long sum = 0;
      for (JsonNode organisation : report.get("organisations")) {
        byOrganisation.put(organisation.get("organisation").asString(), organisation);
        sum += organisation.get("invoicedCents").asLong();
      }
      assertRevenue(byOrganisation.get(north), "North Ltd", 2, 100_000, 90_000);
      assertRevenue(byOrganisation.get(south), "South Ltd", 1, 10_000, 0);
      assertThat(report.get("invoicedCents").asLong()).isEqualTo(sum);
    });
  }

  @Test
  void healthShowsThePrimaryAndTheReplica() {
    Api.Answer health = api.get("/actuator/health", null);

    assertThat(health.code()).as("%s", health.body()).isEqualTo(200);
    JsonNode libsql = health.body().at("/components/libsql");
    assertThat(libsql.get("status").asString()).as("%s", libsql).isEqualTo("UP");
    assertThat(libsql.at("/details/primary/status").asString()).isEqualTo("UP");
    assertThat(libsql.at("/details/replica-1/status").asString()).isEqualTo("UP");
    assertThat(libsql.at("/details/replica-1/url").asString()).startsWith("http://127.0.0.1:");
  }

  private static void assertRevenue(JsonNode row, String name, int invoices, long invoiced, long paid) {
    assertThat(row).as("organisation %s in the report", name).isNotNull();
    assertThat(row.get("name").asString()).isEqualTo(name);
    assertThat(row.get("invoices").asInt()).isEqualTo(invoices);
    assertThat(row.get("invoicedCents").asLong()).isEqualTo(invoiced);
    assertThat(row.get("paidCents").asLong()).isEqualTo(paid);
  }

  private static void assertBalance(JsonNode row, String name, int invoices, long invoiced, long paid, long outstanding) {
    assertThat(row.get("name").asString()).isEqualTo(name);
    assertThat(row.get("invoices").asInt()).isEqualTo(invoices);
    assertThat(row.get("invoicedCents").asLong()).isEqualTo(invoiced);
    assertThat(row.get("paidCents").asLong()).isEqualTo(paid);
    assertThat(row.get("outstandingCents").asLong()).isEqualTo(outstanding);
  }

  /** Signs a new organisation up and returns its slug. */
  private String signedUp(String prefix, String name) {
    String slug = newSlug(prefix);
    Api.Answer answer = api.signUp(slug, name);
    assertThat(answer.code()).as("%s", answer.body()).isEqualTo(201);
    return slug;
  }

  private long customer(String organisation, String name, String email) {
    Api.Answer answer = api.post("/api/customers", organisation, Map.of("name", name, "email", email));
    assertThat(answer.code()).as("%s", answer.body()).isEqualTo(201);
    return answer.body().get("id").asLong();
  }

  private long invoice(String organisation, long customer, Map<?, ?>... lines) {
    Api.Answer answer = api.post("/api/invoices", organisation,
        Map.of("customerId", customer, "paymentTermDays", 14, "lines", List.of(lines)));
    assertThat(answer.code()).as("%s", answer.body()).isEqualTo(201);
    return answer.body().get("id").asLong();
  }

  private static Map<String, Object> line(String description, int quantity, long unitPriceCents) {
    return Map.of("description", description, "quantity", quantity, "unitPriceCents", unitPriceCents);
  }
}
