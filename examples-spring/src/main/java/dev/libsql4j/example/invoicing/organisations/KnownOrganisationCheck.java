package dev.libsql4j.example.invoicing.organisations;

import dev.libsql4j.example.invoicing.InvoicingApplication;
import dev.libsql4j.spring.autoconfigure.tenancy.TenantProvisioner;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a request whose {@value InvoicingApplication#TENANT_HEADER} names an organisation without a
 * database before any of its SQL runs, with a 404 that says how to sign up (the tenancy filter's own
 * 404, which comes from the first statement, cannot know this API). The admin API is asked once per
 * organisation and process; known organisations cost nothing.
 */
@Component
class KnownOrganisationCheck implements HandlerInterceptor, WebMvcConfigurer {

  private final TenantProvisioner provisioner;
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  KnownOrganisationCheck(TenantProvisioner provisioner) {
    this.provisioner = provisioner;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    String organisation = request.getHeader(InvoicingApplication.TENANT_HEADER);
    if (organisation != null && !known.contains(organisation)) {
      if (!provisioner.exists(organisation)) {
        throw new OrganisationNotFoundException(organisation);
      }
      known.add(organisation);
    }
    return true;
  }
}
