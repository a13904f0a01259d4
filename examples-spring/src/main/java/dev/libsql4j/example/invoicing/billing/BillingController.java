package dev.libsql4j.example.invoicing.billing;

import dev.libsql4j.example.invoicing.InvoicingApplication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers and invoices of one organisation. The {@value InvoicingApplication#TENANT_HEADER} header
 * names the organisation; Hibernate's multi-tenancy sends the request's SQL to that organisation's
 * database. It is declared on every method so that a request without it is refused with 400.
 */
@RestController
@RequestMapping("/api")
class BillingController {

  record NewCustomer(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email) {
  }

  record CustomerView(long id, String name, String email) {

    static CustomerView of(Customer customer) {
      return new CustomerView(customer.getId(), customer.getName(), customer.getEmail());
    }
  }

  record NewInvoice(@NotNull Long customerId, @PositiveOrZero int paymentTermDays,
      @NotEmpty List<@Valid NewLine> lines) {
  }

  record LineView(String description, int quantity, long unitPriceCents, long amountCents) {
  }

  record InvoiceView(long id, String number, long customerId, String customerName, LocalDate issuedOn,
      LocalDate dueOn, InvoiceStatus status, long totalCents, List<LineView> lines) {

    static InvoiceView of(Invoice invoice) {
      List<LineView> lines = invoice.getLines().stream()
          .map(l -> new LineView(l.getDescription(), l.getQuantity(), l.getUnitPriceCents(), l.amountCents()))
          .toList();
      return new InvoiceView(invoice.getId(), invoice.getNumber(), invoice.getCustomer().getId(),
          invoice.getCustomer().getName(), invoice.getIssuedOn(), invoice.getDueOn(), invoice.getStatus(),
          invoice.totalCents(), lines);
    }
  }

  private final Billing billing;
  private final BillingQueries queries;

  BillingController(Billing billing, BillingQueries queries) {
    this.billing = billing;
    this.queries = queries;
  }

  @PostMapping("/customers")
  ResponseEntity<CustomerView> addCustomer(@RequestHeader(InvoicingApplication.TENANT_HEADER) String organisation,
      @Valid @RequestBody NewCustomer request) {
    Customer customer = billing.addCustomer(request.name(), request.email());
    return ResponseEntity.created(URI.create("/api/customers/" + customer.getId())).body(CustomerView.of(customer));
  }

  @GetMapping("/customers")
  List<CustomerView> customers(@RequestHeader(InvoicingApplication.TENANT_HEADER) String organisation) {
    return queries.customers().stream().map(CustomerView::of).toList();
  }

  @PostMapping("/invoices")
  ResponseEntity<InvoiceView> issueInvoice(@RequestHeader(InvoicingApplication.TENANT_HEADER) String organisation,
      @Valid @RequestBody NewInvoice request) {
    Invoice invoice = billing.issueInvoice(request.customerId(), request.paymentTermDays(), request.lines());
    return ResponseEntity.created(URI.create("/api/invoices/" + invoice.getId())).body(InvoiceView.of(invoice));
  }

  @GetMapping("/invoices")
  List<InvoiceView> invoices(@RequestHeader(InvoicingApplication.TENANT_HEADER) String organisation) {
    return queries.invoices().stream().map(InvoiceView::of).toList();
  }

  @GetMapping("/invoices/{id}")
  InvoiceView invoice(@RequestHeader(InvoicingApplication.TENANT_HEADER) String organisation, @PathVariable long id) {
    return InvoiceView.of(queries.invoice(id));
  }

  @PostMapping("/invoices/{id}/payment")
  InvoiceView pay(@RequestHeader(InvoicingApplication.TENANT_HEADER) String organisation, @PathVariable long id) {
    return InvoiceView.of(billing.markPaid(id));
  }
}
