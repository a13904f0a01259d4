package dev.libsql4j.hrana.http;

import dev.libsql4j.hrana.json.HranaJson;
import dev.libsql4j.hrana.json.HranaJsonException;
import dev.libsql4j.hrana.message.CursorRequest;
import dev.libsql4j.hrana.message.PipelineRequest;
import dev.libsql4j.hrana.message.PipelineResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP transport to one libSQL server (sqld, Turso, the libsql4j devserver): Hrana pipelines on
 * {@code /v3/pipeline} (or {@code /v2/pipeline}) and streamed batches on {@code /v3/cursor}.
 *
 * <p>Create one per server configuration and share it: it is thread-safe and keeps HTTP/1.1
 * connections alive between requests. Work on a stream goes through {@link #openStream()}; the
 * {@link #pipeline} and {@link #cursor} methods are the raw, stateless exchanges underneath.
 *
 * <p>Every request carries {@code Content-Type: application/json}, {@code x-libsql-client-version},
 * {@code Authorization: Bearer <token>} when a token is configured, {@code x-namespace-bin} (base64 of
 * the name, unpadded) when a namespace is, and the configured extra headers. No
 * {@code Accept-Encoding} is sent, so responses arrive uncompressed. Failures are
 * {@link HranaException}s whose messages never contain the token.
 */
public final class HranaHttpClient implements HranaTransport {

  private static final Logger LOG = LoggerFactory.getLogger(HranaHttpClient.class);
  /** Enough of an error body to explain it; the rest of a streamed body is not read. */
  private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  private final HranaClientConfig config;
  private final HttpClient http;
  private final AtomicLong requestCount = new AtomicLong();
  private final ReentrantLock probeLock = new ReentrantLock();
  private volatile ProtocolVersion protocolVersion;
  private volatile String authToken;
  private volatile boolean closed;

  private final boolean ownsHttp;

  /** Creates the client; nothing is sent until the first request. */
  public HranaHttpClient(HranaClientConfig config) {
    this(config, newHttpClient(config.connectTimeout()), true);
  }

  /**
   * Creates a client that sends through {@code shared}, a JDK client used by many of these (one
   * selector thread and one keep-alive pool for all, e.g. one per tenant database on one server).
   * {@link #close()} leaves {@code shared} open; its connect timeout applies instead of the config's.
   * Build it with {@link #newHttpClient(Duration)}: sqld needs HTTP/1.1.
   */
  public HranaHttpClient(HranaClientConfig config, HttpClient shared) {
    this(config, shared, false);
  }

  private HranaHttpClient(HranaClientConfig config, HttpClient http, boolean ownsHttp) {
    this.config = config;
    this.authToken = config.authToken();
    this.http = http;
    this.ownsHttp = ownsHttp;
    this.protocolVersion = switch (config.protocol()) {
      case V2 -> ProtocolVersion.V2;
      case V3 -> ProtocolVersion.V3;
      case AUTO -> null;
    };
  }

  /** A JDK client as this class builds its own: HTTP/1.1 (what sqld speaks), no redirects. */
  public static HttpClient newHttpClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** The configuration this client was built with. */
  public HranaClientConfig config() {
    return config;
  }

  /**
   * The protocol version in use. With {@link ProtocolPreference#AUTO} the first call sends
   * {@code GET {base}/v3} and caches the answer: 2xx means Hrana 3; 429 or 5xx is an error and is
   * not cached (the server is unwell, not old); any other status means Hrana 2.
   *
   * @throws HranaException when the probe cannot be sent or the server is overloaded or failing
   */
  @Override
  public ProtocolVersion protocolVersion() throws HranaException {
    ProtocolVersion known = protocolVersion;
    if (known != null) {
      return known;
    }
    probeLock.lock();
    try {
      if (protocolVersion == null) {
        protocolVersion = probe();
      }
      return protocolVersion;
    } finally {
      probeLock.unlock();
    }
  }

  @Override
  public HranaStream openStream() {
    return new HttpStream(this);
  }

  /**
   * Sends one pipeline request as is, without tracking batons.
   *
   * @param baseUrlOrNull where to send it (a stream's {@code base_url}), or null for the configured URL
   * @param timeoutOrNull time allowed for the response to start, or null for the configured default
   * @throws HranaException when the exchange fails or the answer is not a pipeline response
   */
  public PipelineResponse pipeline(URI baseUrlOrNull, PipelineRequest request, Duration timeoutOrNull)
      throws HranaException {
    return pipeline(baseUrlOrNull, request, timeoutOrNull, new AbortHandle());
  }

  /**
   * Sends one cursor request as is and returns the open cursor once its header has arrived.
   *
   * @param baseUrlOrNull where to send it, or null for the configured URL
   * @param timeoutOrNull time allowed for the response to start, or null for the configured default
   * @throws HranaException when the exchange fails, or the server speaks only Hrana 2 (PROTOCOL)
   */
  public HranaCursor cursor(URI baseUrlOrNull, CursorRequest request, Duration timeoutOrNull)
      throws HranaException {
    return cursor(baseUrlOrNull, request, timeoutOrNull, new AbortHandle(), usable -> { });
  }

  @Override
  public void replaceAuthToken(String token) {
    authToken = token;
  }

  /** The number of HTTP requests sent so far, the version probe included. */
  public long requestCount() {
    return requestCount.get();
  }

  /**
   * Refuses further requests. Idle connections are released when the JDK client is collected (Java
   * 17) or closed (Java 21+, where {@link HttpClient} is {@link AutoCloseable}).
   */
  @Override
  public void close() {
    closed = true;
    if (ownsHttp && http instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.debug("closing the JDK HTTP client failed", e);
      }
    }
  }

  PipelineResponse pipeline(URI baseUrlOrNull, PipelineRequest request, Duration timeoutOrNull,
                            AbortHandle abortHandle) throws HranaException {
    URI url = Endpoints.join(base(baseUrlOrNull), protocolVersion().pathPrefix() + "/pipeline");
    String description = "POST " + Endpoints.describe(url);
    HttpResponse<byte[]> response = send(post(url, HranaJson.encodePipelineRequest(request), timeoutOrNull),
        HttpResponse.BodyHandlers.ofByteArray(), abortHandle, description);
    if (!isSuccess(response.statusCode())) {
      throw HttpFailures.status(response.statusCode(), contentType(response), response.body(), description);
    }
    try {
      return HranaJson.decodePipelineResponse(response.body());
    } catch (HranaJsonException e) {
      throw HttpFailures.decode(e, response.statusCode(), description);
    }
  }

  HttpCursor cursor(URI baseUrlOrNull, CursorRequest request, Duration timeoutOrNull,
                    AbortHandle abortHandle, HttpCursor.Listener listener) throws HranaException {
    if (protocolVersion() != ProtocolVersion.V3) {
      throw new HranaException(HranaException.Kind.PROTOCOL,
          "Cursors need Hrana 3; " + Endpoints.describe(config.baseUrl()) + " speaks Hrana 2",
          0, null, true, null);
    }
    URI url = Endpoints.join(base(baseUrlOrNull), "/v3/cursor");
    String description = "POST " + Endpoints.describe(url);
    HttpResponse<InputStream> response = send(post(url, HranaJson.encodeCursorRequest(request), timeoutOrNull),
        HttpResponse.BodyHandlers.ofInputStream(), abortHandle, description);
    if (!isSuccess(response.statusCode())) {
      throw HttpFailures.status(response.statusCode(), contentType(response),
          readErrorBody(response.body()), description);
    }
    return HttpCursor.open(response.body(), description, abortHandle, listener);
  }

  private ProtocolVersion probe() throws HranaException {
    URI url = Endpoints.join(config.baseUrl(), ProtocolVersion.V3.pathPrefix());
    String description = "GET " + Endpoints.describe(url);
    HttpRequest request = headers(HttpRequest.newBuilder(url).GET(), null).build();
    HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray(),
        new AbortHandle(), description);
    int status = response.statusCode();
    if (status == 429 || status >= 500) {
      throw HttpFailures.status(status, contentType(response), response.body(), description);
    }
    ProtocolVersion version = isSuccess(status) ? ProtocolVersion.V3 : ProtocolVersion.V2;
    LOG.debug("{} answered HTTP {}: using Hrana {}", description, status, version);
    return version;
  }

  /**
   * Runs one exchange with the blocking {@link HttpClient#send}: the public {@code sendAsync} adds two
   * hand-offs between thread pools per request, which on a small machine cost about as much CPU as
   * the exchange itself (measured in docs/benchmarks.md). {@code abortHandle} aborts the exchange
   * from another thread by interrupting this one; the JDK cancels an exchange whose wait is
   * interrupted.
   */
  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                   AbortHandle abortHandle, String description) throws HranaException {
    if (closed) {
      throw new IllegalStateException("the HranaHttpClient is closed");
    }
    requestCount.incrementAndGet();
    long start = System.nanoTime();
    abortHandle.registerCurrentThread();
    try {
      HttpResponse<T> response = http.send(request, handler);
      LOG.debug("{} -> HTTP {} in {} ms", description, response.statusCode(),
          (System.nanoTime() - start) / 1_000_000);
      return response;
    } catch (InterruptedException e) {
      if (!abortHandle.interruptSent()) {
        // Someone else interrupted the caller: keep their signal.
        Thread.currentThread().interrupt();
      }
      throw HttpFailures.cancelled(description, e);
    } catch (IOException e) {
      if (abortHandle.interruptSent()) {
        throw HttpFailures.cancelled(description, e);
      }
      LOG.debug("{} failed after {} ms", description, (System.nanoTime() - start) / 1_000_000, e);
      throw HttpFailures.transport(e, description);
    } finally {
      abortHandle.clear();
    }
  }

  private HttpRequest post(URI url, byte[] body, Duration timeoutOrNull) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(url)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .header("Content-Type", "application/json");
    return headers(builder, timeoutOrNull).build();
  }

  private HttpRequest.Builder headers(HttpRequest.Builder builder, Duration timeoutOrNull) {
    builder.header("x-libsql-client-version", config.clientVersion());
    String token = authToken;
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (config.namespace() != null) {
      builder.header("x-namespace-bin", config.namespaceHeader());
    }
    config.headers().forEach(builder::header);
    Duration timeout = timeoutOrNull != null ? timeoutOrNull : config.requestTimeout();
    if (timeout != null) {
      builder.timeout(timeout);
    }
    return builder;
  }

  private URI base(URI baseUrlOrNull) {
    return baseUrlOrNull != null ? baseUrlOrNull : config.baseUrl();
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse(null);
  }

  /** Reads the start of an error body and abandons the rest; an unreadable body counts as empty. */
  private static byte[] readErrorBody(InputStream body) {
    try (body) {
      return body.readNBytes(MAX_ERROR_BODY_BYTES);
    } catch (IOException e) {
      LOG.debug("reading an error body failed", e);
      return new byte[0];
    }
  }
}
