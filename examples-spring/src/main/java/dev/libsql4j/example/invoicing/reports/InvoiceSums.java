package dev.libsql4j.example.invoicing.reports;

import static dev.libsql4j.example.invoicing.jooq.Tables.INVOICE;
import static dev.libsql4j.example.invoicing.jooq.Tables.INVOICE_LINE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import dev.libsql4j.example.invoicing.billing.InvoiceStatus;
import java.math.BigDecimal;
import org.jooq.Field;

/** The money columns of the reports, over invoices left-joined to their lines (jOOQ, generated classes). */
final class InvoiceSums {

  static final Field<Long> AMOUNT = INVOICE_LINE.UNIT_PRICE_CENTS.mul(INVOICE_LINE.QUANTITY);

  /** Everything invoiced, in cents. */
  static final Field<BigDecimal> INVOICED = coalesce(sum(AMOUNT), BigDecimal.ZERO);

  /** What has been paid, in cents. */
  static final Field<BigDecimal> PAID =
      coalesce(sum(when(INVOICE.STATUS.eq(InvoiceStatus.PAID.name()), AMOUNT)), BigDecimal.ZERO);

  private InvoiceSums() {
  }
}
