package dev.libsql4j.spring.autoconfigure.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.libsql4j.tenancy.TenantName;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the tenant a web request names: the {@code libsql.tenancy.resolver.jwt-claim} of its
 * {@code Authorization: Bearer} JWT when that is configured and present, else the
 * {@code libsql.tenancy.resolver.header}.
 *
 * <p>The JWT is <strong>read, not verified</strong>: its payload is decoded to find the claim, and
 * nothing checks its signature or expiry. Verify tokens with Spring Security (which runs before this
 * resolver's filter) and check there that the user may act for the tenant. When a verified claim
 * names the tenant, a header cannot choose another one: a header that disagrees with the claim is
 * refused.
 */
public class RequestTenantResolver {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BEARER = "Bearer ";

  private final String header;
  private final String jwtClaim;

  /**
   * @param header the header carrying the tenant id
   * @param jwtClaimOrNull the claim of the Bearer JWT carrying it, or null to ignore tokens
   */
  public RequestTenantResolver(String header, String jwtClaimOrNull) {
    this.header = header;
    this.jwtClaim = jwtClaimOrNull == null || jwtClaimOrNull.isBlank() ? null : jwtClaimOrNull;
  }

  /**
   * The request's tenant; empty when it names none (then it is not a tenant-scoped request).
   *
   * @throws InvalidTenantException when it names one badly: an invalid name, a token that is not a
   *     JWT, a claim that is not text, a header that contradicts the claim
   */
  public Optional<TenantName> resolve(HttpServletRequest request) {
    String fromHeader = request.getHeader(header);
    String fromClaim = jwtClaim == null ? null : claim(request.getHeader("Authorization"));
    if (fromClaim != null && fromHeader != null && !fromHeader.equals(fromClaim)) {
      throw new InvalidTenantException("The " + header + " header names tenant '" + fromHeader
          + "' but the Bearer token's '" + jwtClaim + "' claim names '" + fromClaim + "'");
    }
    String tenant = fromClaim != null ? fromClaim : fromHeader;
    if (tenant == null) {
      return Optional.empty();
    }
    String source = fromClaim != null ? "The Bearer token's '" + jwtClaim + "' claim" : "The " + header + " header";
    try {
      return Optional.of(TenantName.of(tenant));
    } catch (IllegalArgumentException e) {
      throw new InvalidTenantException(source + " does not name a valid tenant: " + e.getMessage());
    }
  }

  /** What a client must send, for messages. */
  String describe() {
    return jwtClaim == null ? "the " + header + " header"
        : "the " + header + " header or a Bearer JWT with a '" + jwtClaim + "' claim";
  }

  private String claim(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    String[] parts = authorization.substring(BEARER.length()).trim().split("\\.");
    if (parts.length != 3) {
      throw new InvalidTenantException("The Bearer token is not a JWT (header.payload.signature), so its '"
          + jwtClaim + "' claim cannot name the tenant");
    }
    JsonNode payload;
    try {
      payload = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | IOException e) {
      throw new InvalidTenantException("The Bearer token's payload is not base64url-encoded JSON, so its '"
          + jwtClaim + "' claim cannot name the tenant");
    }
    JsonNode value = payload.path(jwtClaim);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidTenantException("The Bearer token's '" + jwtClaim + "' claim is " + value.getNodeType()
          .name().toLowerCase(Locale.ROOT) + ", not a tenant name");
    }
    return value.asText();
  }

  /** The request names its tenant badly; the message says how (and never contains the token). */
  public static class InvalidTenantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidTenantException(String message) {
      super(message);
    }
  }
}
