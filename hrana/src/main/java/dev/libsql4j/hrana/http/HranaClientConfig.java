package dev.libsql4j.hrana.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * How a {@link HranaHttpClient} reaches one libSQL server: base URL, credentials, namespace, timeouts
 * and protocol version. Immutable; build it with {@link #builder()}.
 *
 * <p>{@link #toString()} masks the token, the query string of the URL and the values of extra headers,
 * which may all hold secrets.
 */
public final class HranaClientConfig {

  /** Default time allowed to open a TCP connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** The default {@code x-libsql-client-version}: {@code libsql-remote-java-<libsql4j version>}. */
  public static final String DEFAULT_CLIENT_VERSION = "libsql-remote-java-" + libraryVersion();

  /** Headers the client sets itself; {@link Builder#header} refuses them. */
  private static final Set<String> MANAGED_HEADERS = Set.of(
      "authorization", "content-type", "x-libsql-client-version", "x-namespace-bin", "x-namespace");

  private final URI baseUrl;
  private final String authToken;
  private final String namespace;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final ProtocolPreference protocol;
  private final String clientVersion;
  private final Map<String, String> headers;

  private HranaClientConfig(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.authToken = builder.authToken;
    this.namespace = builder.namespace;
    this.connectTimeout = builder.connectTimeout;
    this.requestTimeout = builder.requestTimeout;
    this.protocol = builder.protocol;
    this.clientVersion = builder.clientVersion;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
  }

  /** A builder with the defaults: AUTO protocol, 10 s connect timeout, no request timeout. */
  public static Builder builder() {
    return new Builder();
  }

  /** The server's base URL ({@code http} or {@code https}), to which {@code /v3/pipeline} etc. are appended. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** The bearer token, or null for none. Never log it. */
  public String authToken() {
    return authToken;
  }

  /** The namespace sent as {@code x-namespace-bin}, or null for the server's default. */
  public String namespace() {
    return namespace;
  }

  /**
   * The value of the {@code x-namespace-bin} header (base64 of the UTF-8 name, unpadded), or null
   * without a namespace. sqld 0.24.32 ignores the plain {@code x-namespace} header; this one it reads
   * first, on HTTP requests and on WebSocket upgrades alike.
   */
  public String namespaceHeader() {
    return namespace == null ? null
        : Base64.getEncoder().withoutPadding().encodeToString(namespace.getBytes(StandardCharsets.UTF_8));
  }

  /** Time allowed to open a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Default time allowed for a response to start arriving, or null for no limit. */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** Which Hrana version to speak. */
  public ProtocolPreference protocol() {
    return protocol;
  }

  /** The {@code x-libsql-client-version} header value. */
  public String clientVersion() {
    return clientVersion;
  }

  /** Extra headers sent with every request (e.g. {@code x-turso-encryption-key}), in insertion order. */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HranaClientConfig that
        && baseUrl.equals(that.baseUrl)
        && Objects.equals(authToken, that.authToken)
        && Objects.equals(namespace, that.namespace)
        && connectTimeout.equals(that.connectTimeout)
        && Objects.equals(requestTimeout, that.requestTimeout)
        && protocol == that.protocol
        && clientVersion.equals(that.clientVersion)
        && headers.equals(that.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(baseUrl, authToken, namespace, connectTimeout, requestTimeout, protocol,
        clientVersion, headers);
  }

  @Override
  public String toString() {
    return "HranaClientConfig{baseUrl=" + Endpoints.describe(baseUrl)
        + ", authToken=" + (authToken == null ? "none" : "****")
        + ", namespace=" + namespace
        + ", protocol=" + protocol
        + ", connectTimeout=" + connectTimeout
        + ", requestTimeout=" + (requestTimeout == null ? "none" : requestTimeout)
        + ", clientVersion=" + clientVersion
        + ", headers=" + headers.keySet() + "}";
  }

  private static String libraryVersion() {
    Properties properties = new Properties();
    try (InputStream in = HranaClientConfig.class.getResourceAsStream("client.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the libsql4j version", e);
    }
    return properties.getProperty("version", "unknown");
  }

  /** Collects and checks the settings; {@link #build()} fails fast on anything the client would refuse later. */
  public static final class Builder {
    private URI baseUrl;
    private String authToken;
    private String namespace;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout;
    private ProtocolPreference protocol = ProtocolPreference.AUTO;
    private String clientVersion = DEFAULT_CLIENT_VERSION;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /** The server's base URL, {@code http://host:port[/path][?query]} or {@code https://…}. Required. */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** The bearer token (a JWT); null or empty for none. */
    public Builder authToken(String authToken) {
      this.authToken = authToken == null || authToken.isEmpty() ? null : authToken;
      return this;
    }

    /** The namespace to address; null for the server's default. */
    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /** Time allowed to open a TCP connection (default 10 s). */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
      return this;
    }

    /** Default time allowed for a response to start arriving; null (the default) for no limit. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    /** Which Hrana version to speak (default {@link ProtocolPreference#AUTO}). */
    public Builder protocol(ProtocolPreference protocol) {
      this.protocol = Objects.requireNonNull(protocol, "protocol");
      return this;
    }

    /** The whole {@code x-libsql-client-version} value (default {@link #DEFAULT_CLIENT_VERSION}). */
    public Builder clientVersion(String clientVersion) {
      this.clientVersion = Objects.requireNonNull(clientVersion, "clientVersion");
      return this;
    }

    /** An extra header for every request; the headers the client manages itself are refused. */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (MANAGED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("the client sets " + name + " itself");
      }
      headers.put(name, value);
      return this;
    }

    /**
     * Checks the settings and builds the configuration.
     *
     * @throws IllegalArgumentException when the URL is missing or not absolute http(s), a timeout is
     *     not positive, the namespace is empty, or a header is one the JDK HTTP client refuses
     */
    public HranaClientConfig build() {
      if (baseUrl == null) {
        throw new IllegalArgumentException("baseUrl is required");
      }
      String scheme = baseUrl.getScheme();
      if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || baseUrl.getHost() == null) {
        throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL with a host: "
            + Endpoints.describe(baseUrl));
      }
      requirePositive(connectTimeout, "connectTimeout");
      if (requestTimeout != null) {
        requirePositive(requestTimeout, "requestTimeout");
      }
      if (namespace != null && namespace.isEmpty()) {
        throw new IllegalArgumentException("namespace must not be empty");
      }
      // Let the JDK refuse restricted names (Host, Connection, …) and bad characters now, not per request.
      HttpRequest.Builder probe = HttpRequest.newBuilder(baseUrl).header("x-libsql-client-version", clientVersion);
      headers.forEach(probe::header);
      return new HranaClientConfig(this);
    }

    private static void requirePositive(Duration duration, String name) {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
    }
  }
}
