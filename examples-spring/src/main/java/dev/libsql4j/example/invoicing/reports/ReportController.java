package dev.libsql4j.example.invoicing.reports;

import dev.libsql4j.example.invoicing.InvoicingApplication;
import dev.libsql4j.tenancy.TenantName;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reports: one organisation's customer balances, and revenue across all organisations. */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  private final CustomerBalances customerBalances;
  private final RevenueByOrganisation revenueByOrganisation;

  ReportController(CustomerBalances customerBalances, RevenueByOrganisation revenueByOrganisation) {
    this.customerBalances = customerBalances;
    this.revenueByOrganisation = revenueByOrganisation;
  }

  @GetMapping("/customer-balances")
  List<CustomerBalances.CustomerBalance> customerBalances(
      @RequestHeader(InvoicingApplication.TENANT_HEADER) String organisation) {
    return customerBalances.of(TenantName.of(organisation));
  }

  @GetMapping("/revenue-by-organisation")
  RevenueByOrganisation.Report revenueByOrganisation() {
    return revenueByOrganisation.report();
  }
}
