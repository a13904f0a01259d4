package dev.libsql4j.example.invoicing;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A multi-tenant invoicing service on libSQL. Organisations sign up and get a database of their own;
 * the directory of organisations lives in the main database, whose reads go to replicas.
 */
@SpringBootApplication
public class InvoicingApplication {

  /** The request header naming the organisation whose database a request works on. */
  public static final String TENANT_HEADER = "X-Tenant-Id";

  public static void main(String[] args) {
    SpringApplication.run(InvoicingApplication.class, args);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
