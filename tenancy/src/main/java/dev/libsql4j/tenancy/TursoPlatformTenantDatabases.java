package dev.libsql4j.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tenant databases in a group of a Turso organisation, through the Turso Platform API
 * ({@code https://api.turso.tech}, {@code Authorization: Bearer <platform API token>}):
 * {@code POST/GET/DELETE /v1/organizations/{org}/databases[/{db}]}, and a database token minted per
 * {@link #connection} with {@code POST …/databases/{db}/auth/tokens}.
 *
 * <pre>{@code
 * TenantDatabases tenants = TursoPlatformTenantDatabases.builder("my-org", "default", apiToken).build();
 * tenants.create(TenantName.of("acme"));
 * TenantConnection acme = tenants.connection(TenantName.of("acme")); // jdbc:libsql://acme-my-org.turso.io
 * }</pre>
 *
 * <p>{@link #list()} lists every database of the organisation in the configured group. The
 * platform token never appears in messages or {@link #toString()}.
 */
public final class TursoPlatformTenantDatabases implements TenantDatabases {

  /** The Turso Platform API. */
  public static final URI DEFAULT_API_URL = URI.create("https://api.turso.tech");

  private final URI apiUrl;
  private final String organization;
  private final String group;
  private final String tokenExpiration;
  private final boolean readOnlyTokens;
  private final JsonHttp api;

  private TursoPlatformTenantDatabases(Builder builder) {
    this.apiUrl = builder.apiUrl;
    this.organization = builder.organization;
    this.group = builder.group;
    this.tokenExpiration = builder.tokenExpiration;
    this.readOnlyTokens = builder.readOnlyTokens;
    this.api = new JsonHttp("Bearer " + builder.platformToken, builder.timeout);
  }

  /** A builder for the databases of {@code group} in {@code organization}, managed with {@code platformToken}. */
  public static Builder builder(String organization, String group, String platformToken) {
    return new Builder(organization, group, platformToken);
  }

  @Override
  public void create(TenantName tenant) {
    JsonHttp.Answer answer = api.post(databases(""), Map.of("name", tenant.value(), "group", group));
    if (answer.status() == 409) {
      throw new TenantExistsException(tenant);
    }
    if (!answer.ok()) {
      throw JsonHttp.failure("Creating tenant '" + tenant + "'", answer);
    }
  }

  @Override
  public void delete(TenantName tenant) {
    JsonHttp.Answer answer = api.delete(databases("/" + tenant.value()));
    if (answer.status() == 404) {
      throw new TenantNotFoundException(tenant);
    }
    if (!answer.ok()) {
      throw JsonHttp.failure("Deleting tenant '" + tenant + "'", answer);
    }
  }

  @Override
  public boolean exists(TenantName tenant) {
    return database(tenant) != null;
  }

  @Override
  public List<TenantName> list() {
    JsonHttp.Answer answer = api.get(databases(""));
    if (!answer.ok()) {
      throw JsonHttp.failure("Listing the databases of '" + organization + "'", answer);
    }
    List<TenantName> tenants = new ArrayList<>();
    for (JsonNode database : answer.body().path("databases")) {
      if (group.equals(database.path("group").asText(group))) {
        tenants.add(TenantName.of(database.path("Name").asText()));
      }
    }
    tenants.sort(null);
    return tenants;
  }

  /** Looks the database up (its hostname) and mints a token for it: two requests. */
  @Override
  public TenantConnection connection(TenantName tenant) {
    JsonNode database = database(tenant);
    if (database == null) {
      throw new TenantNotFoundException(tenant);
    }
    String hostname = database.path("Hostname").asText();
    URI tokens = URI.create(databases("/" + tenant.value()) + "/auth/tokens?expiration=" + tokenExpiration
        + "&authorization=" + (readOnlyTokens ? "read-only" : "full-access"));
    JsonHttp.Answer answer = api.post(tokens, Map.of());
    if (!answer.ok() || !answer.body().hasNonNull("jwt")) {
      throw JsonHttp.failure("Minting a token for tenant '" + tenant + "'", answer);
    }
    return new TenantConnection(tenant, "jdbc:libsql://" + hostname, answer.body().get("jwt").asText(), null);
  }

  private JsonNode database(TenantName tenant) {
    JsonHttp.Answer answer = api.get(databases("/" + tenant.value()));
    if (answer.status() == 404) {
      return null;
    }
    if (!answer.ok()) {
      throw JsonHttp.failure("Looking up tenant '" + tenant + "'", answer);
    }
    return answer.body().path("database");
  }

  private URI databases(String suffix) {
    return URI.create(apiUrl + "/v1/organizations/" + organization + "/databases" + suffix);
  }

  @Override
  public String toString() {
    return "TursoPlatformTenantDatabases[api=" + apiUrl + ", organization=" + organization + ", group=" + group + "]";
  }

  /** Configures a {@link TursoPlatformTenantDatabases}. */
  public static final class Builder {

    private final String organization;
    private final String group;
    private final String platformToken;
    private URI apiUrl = DEFAULT_API_URL;
    private String tokenExpiration = "never";
    private boolean readOnlyTokens;
    private Duration timeout = Duration.ofSeconds(30);

    private Builder(String organization, String group, String platformToken) {
      this.organization = Objects.requireNonNull(organization, "organization");
      this.group = Objects.requireNonNull(group, "group");
      this.platformToken = Objects.requireNonNull(platformToken, "platformToken");
    }

    /** Another API endpoint (a test stub, a proxy); default {@link #DEFAULT_API_URL}. */
    public Builder apiUrl(URI url) {
      String text = url.toString();
      this.apiUrl = text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
      return this;
    }

    /** Lifetime of minted database tokens in Turso's notation ({@code 2w}, {@code 1d}, default {@code never}). */
    public Builder tokenExpiration(String expiration) {
      this.tokenExpiration = expiration;
      return this;
    }

    /** Mint read-only database tokens instead of full-access ones. */
    public Builder readOnlyTokens(boolean readOnly) {
      this.readOnlyTokens = readOnly;
      return this;
    }

    /** Time allowed for each API request (default 30 s). */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** The configured provisioner; nothing is sent yet. */
    public TursoPlatformTenantDatabases build() {
      return new TursoPlatformTenantDatabases(this);
    }
  }
}
