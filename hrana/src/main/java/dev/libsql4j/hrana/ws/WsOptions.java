package dev.libsql4j.hrana.ws;

import dev.libsql4j.hrana.http.HranaClientConfig;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;

/**
 * What every WebSocket of a {@link HranaWsClient} is opened with: the subprotocols offered (by the
 * configured protocol preference; JSON only), the headers of the upgrade request, and timeouts.
 */
final class WsOptions {

  private final HranaClientConfig config;

  WsOptions(HranaClientConfig config) {
    this.config = config;
  }

  /** The WebSocket URL for an HTTP(S) base URL: {@code ws://} or {@code wss://}, same host and path. */
  static URI webSocketUrl(URI baseUrl) {
    String scheme = "https".equalsIgnoreCase(baseUrl.getScheme()) ? "wss" : "ws";
    String path = baseUrl.getRawPath() == null || baseUrl.getRawPath().isEmpty() ? "/" : baseUrl.getRawPath();
    return URI.create(scheme + "://" + baseUrl.getRawAuthority() + path);
  }

  /** {@code ws://host:port/path} without query or user info, for messages. */
  static String describe(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + (uri.getRawPath() == null ? "" : uri.getRawPath());
  }

  /** The WebSocket draft offering the subprotocols of the protocol preference (a new one per socket). */
  Draft draft() {
    List<IProtocol> offered = switch (config.protocol()) {
      case V3 -> List.of(new Protocol("hrana3"));
      case V2 -> List.of(new Protocol("hrana2"));
      case AUTO -> List.of(new Protocol("hrana3"), new Protocol("hrana2"));
    };
    return new Draft_6455(List.of(), offered);
  }

  /** The headers of the upgrade request. */
  Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-libsql-client-version", config.clientVersion());
    if (config.namespace() != null) {
      headers.put("x-namespace-bin", config.namespaceHeader());
    }
    headers.putAll(config.headers());
    return headers;
  }

  /** The namespace, or null. */
  String namespace() {
    return config.namespace();
  }

  /** The TCP connect timeout. */
  Duration connectTimeout() {
    return config.connectTimeout();
  }

  /** How long opening a socket (TCP, TLS, upgrade) may take in all. */
  Duration openTimeout() {
    return config.connectTimeout().multipliedBy(2);
  }

  /** The default time allowed for an answer, or null for none. */
  Duration requestTimeout() {
    return config.requestTimeout();
  }
}
