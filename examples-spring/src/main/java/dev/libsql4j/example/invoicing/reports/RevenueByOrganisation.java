package dev.libsql4j.example.invoicing.reports;

import static dev.libsql4j.example.invoicing.jooq.Tables.INVOICE;
import static dev.libsql4j.example.invoicing.jooq.Tables.INVOICE_LINE;
import static dev.libsql4j.example.invoicing.jooq.Tables.ORGANISATION;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;

import dev.libsql4j.jooq.LibSqlJooq;
import dev.libsql4j.tenancy.TenantDatabases;
import dev.libsql4j.tenancy.fanout.FanOut;
import dev.libsql4j.tenancy.fanout.FanOutResult;
import dev.libsql4j.tenancy.fanout.TenantFailure;
import java.util.Comparator;
import java.util.List;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/**
 * Revenue of every organisation: the cross-tenant report that a database per tenant makes hard. One
 * jOOQ query runs in every organisation's database at once (the fan-out: bounded concurrency, a
 * deadline); an organisation that fails or is too slow is listed under {@code failures} instead of
 * failing the whole report.
 */
@Service
public class RevenueByOrganisation {

  /** One organisation's revenue, in cents. */
  public record Revenue(String organisation, String name, int invoices, long invoicedCents, long paidCents) {
  }

  private record Totals(String name, int invoices, long invoicedCents, long paidCents) {
  }

  /** The report: organisations by revenue, the totals, and the organisations that gave no answer. */
  public record Report(List<Revenue> organisations, long invoicedCents, long paidCents, List<String> failures) {
  }

  private final TenantDatabases databases;
  private final FanOut fanOut;

  RevenueByOrganisation(TenantDatabases databases, FanOut fanOut) {
    this.databases = databases;
    this.fanOut = fanOut;
  }

  public Report report() {
    FanOutResult<Totals> result = fanOut.run(databases.list(), connection -> DSL
        .using(connection, SQLDialect.SQLITE, LibSqlJooq.settings())
        .select(field(select(ORGANISATION.NAME).from(ORGANISATION)), countDistinct(INVOICE.ID),
            InvoiceSums.INVOICED, InvoiceSums.PAID)
        .from(INVOICE)
        .leftJoin(INVOICE_LINE).on(INVOICE_LINE.INVOICE_ID.eq(INVOICE.ID))
        .fetchSingle(r -> new Totals(r.value1(), r.value2(), r.value3().longValueExact(), r.value4().longValueExact())));
    List<Revenue> revenues = result.results().stream()
        .map(r -> new Revenue(r.tenant().value(), r.value().name(), r.value().invoices(), r.value().invoicedCents(),
            r.value().paidCents()))
        .sorted(Comparator.comparingLong(Revenue::invoicedCents).reversed().thenComparing(Revenue::organisation))
        .toList();
    return new Report(revenues,
        revenues.stream().mapToLong(Revenue::invoicedCents).sum(),
        revenues.stream().mapToLong(Revenue::paidCents).sum(),
        result.failures().stream().map(TenantFailure::describe).toList());
  }
}
