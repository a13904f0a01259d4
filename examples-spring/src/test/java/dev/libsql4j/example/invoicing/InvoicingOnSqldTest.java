package dev.libsql4j.example.invoicing;

import dev.libsql4j.testing.SqldCluster;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The scenario on real sqld: a primary and a replica with namespaces (one per organisation). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvoicingOnSqldTest extends InvoicingScenario {

  static final SqldCluster SQLD = SqldCluster.builder().replicas(1).namespaces(true).start();

  @DynamicPropertySource
  static void sqld(DynamicPropertyRegistry properties) {
    SQLD.primary().createNamespace("main");
    properties.add("libsql.url", () -> "jdbc:libsql:" + SQLD.primary().httpUrl());
    properties.add("libsql.namespace", () -> "main");
    properties.add("libsql.replicas", () -> SQLD.replicas().get(0).httpUrl().toString());
    properties.add("libsql.tenancy.admin-url", SQLD.primary()::adminUrl);
  }

  @AfterAll
  static void stop() {
    SQLD.close();
  }
}
