package dev.libsql4j.spring.autoconfigure.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.libsql4j.spring.autoconfigure.tenancy.RequestTenantResolver.InvalidTenantException;
import dev.libsql4j.tenancy.NoTenantSelectedException;
import dev.libsql4j.tenancy.TenantContext;
import dev.libsql4j.tenancy.TenantDataSources;
import dev.libsql4j.tenancy.TenantName;
import dev.libsql4j.tenancy.TenantNotFoundException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs each web request that names a tenant (header or JWT claim, see {@link RequestTenantResolver})
 * inside {@link TenantContext}, so that Hibernate and {@code TenantContext.require()} work on that
 * tenant's database. A request that names no tenant passes through untouched: whether it is
 * tenant-scoped shows when it needs a tenant's database.
 *
 * <p>Answers, as JSON {@code {"status", "error", "message"}}:
 * <ul>
 *   <li>400 when the request names a tenant badly (invalid name, a token that is not a JWT, a header
 *       contradicting the token's claim);</li>
 *   <li>400 when a request that names no tenant reaches code that needs one
 *       ({@link NoTenantSelectedException} in the failure);</li>
 *   <li>404 when the named tenant has no database ({@link TenantNotFoundException}, or the server's
 *       SQLState 08004, in the failure) — found at its first database use in the request.</li>
 * </ul>
 * A response already committed is left as it is. Ordered after Spring Security's filter chain
 * ({@value #ORDER}), which verifies tokens first.
 */
public class TenantRequestFilter extends OncePerRequestFilter implements Ordered {

  /** After Spring Security's filters (-100), before the application's own (lowest precedence). */
  public static final int ORDER = 0;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RequestTenantResolver resolver;

  public TenantRequestFilter(RequestTenantResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<TenantName> tenant;
    try {
      tenant = resolver.resolve(request);
    } catch (InvalidTenantException e) {
      answer(response, HttpStatus.BAD_REQUEST, e.getMessage());
      return;
    }
    try (TenantContext.Scope scope = tenant.map(TenantContext::open).orElse(null)) {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException failure) {
      if (response.isCommitted() || !answered(failure, tenant, response)) {
        throw failure;
      }
    }
  }

  /** Answers the failures this filter explains; false for any other. */
  private boolean answered(Exception failure, Optional<TenantName> tenant, HttpServletResponse response)
      throws IOException {
    if (tenant.isPresent() && isTenantNotFound(failure)) {
      answer(response, HttpStatus.NOT_FOUND, "Tenant '" + tenant.get() + "' not found: it has no database");
      return true;
    }
    if (tenant.isEmpty() && causedBy(failure, NoTenantSelectedException.class)) {
      answer(response, HttpStatus.BAD_REQUEST, "This request needs a tenant: send " + resolver.describe());
      return true;
    }
    return false;
  }

  private static boolean isTenantNotFound(Throwable failure) {
    return causedBy(failure, TenantNotFoundException.class) || TenantDataSources.isMissingDatabase(failure);
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static void answer(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("error", status.getReasonPhrase());
    body.put("message", message);
    response.resetBuffer();
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
