package dev.libsql4j.example.invoicing.reports;

import static dev.libsql4j.example.invoicing.jooq.Tables.CUSTOMER;
import static dev.libsql4j.example.invoicing.jooq.Tables.INVOICE;
import static dev.libsql4j.example.invoicing.jooq.Tables.INVOICE_LINE;
import static org.jooq.impl.DSL.countDistinct;

import dev.libsql4j.jooq.LibSqlJooq;
import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantName;
import java.util.List;
import org.springframework.stereotype.Service;

/** What each customer of one organisation was invoiced, has paid and still owes: one jOOQ query. */
@Service
public class CustomerBalances {

  /** One customer's line of the report; amounts in cents. */
  public record CustomerBalance(long customerId, String name, int invoices, long invoicedCents, long paidCents,
      long outstandingCents) {
  }

  private final TenantDataSources tenants;

  CustomerBalances(TenantDataSources tenants) {
    this.tenants = tenants;
  }

  /** Every customer of {@code organisation}, those who owe the most first (one HTTP request). */
  public List<CustomerBalance> of(TenantName organisation) {
    return LibSqlJooq.using(tenants.dataSource(organisation))
        .select(CUSTOMER.ID, CUSTOMER.NAME, countDistinct(INVOICE.ID), InvoiceSums.INVOICED, InvoiceSums.PAID)
        .from(CUSTOMER)
        .leftJoin(INVOICE).on(INVOICE.CUSTOMER_ID.eq(CUSTOMER.ID))
        .leftJoin(INVOICE_LINE).on(INVOICE_LINE.INVOICE_ID.eq(INVOICE.ID))
        .groupBy(CUSTOMER.ID, CUSTOMER.NAME)
        .orderBy(InvoiceSums.INVOICED.minus(InvoiceSums.PAID).desc(), CUSTOMER.NAME)
        .fetch(r -> {
          long invoiced = r.value4().longValueExact();
          long paid = r.value5().longValueExact();
          return new CustomerBalance(r.value1(), r.value2(), r.value3(), invoiced, paid, invoiced - paid);
        });
  }
}
