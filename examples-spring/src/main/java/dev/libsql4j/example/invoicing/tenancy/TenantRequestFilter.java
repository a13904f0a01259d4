package dev.libsql4j.example.invoicing.tenancy;

import dev.libsql4j.tenancy.TenantDatabases;
import dev.libsql4j.tenancy.TenantName;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Runs a request that names a tenant inside its TenantContext; 400 for a bad name, 404 for an unknown one. */
class TenantRequestFilter extends OncePerRequestFilter {

  private final String header;
  private final TenantDatabases databases;

  TenantRequestFilter(String header, TenantDatabases databases) {
    this.header = header;
    this.databases = databases;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String tenant = request.getHeader(header);
    if (tenant == null) {
      chain.doFilter(request, response);
      return;
    }
    TenantName name;
    try {
      name = TenantName.of(tenant);
    } catch (IllegalArgumentException e) {
      response.sendError(400, e.getMessage());
      return;
    }
    if (!databases.exists(name)) {
      response.sendError(404, "Tenant '" + tenant + "' not found: it has no database");
      return;
    }
    try {
      TenantContext.run(tenant, () -> {
        try {
          chain.doFilter(request, response);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (ServletException e) {
          throw new IllegalStateException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
