package dev.libsql4j.jdbc.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * A parsed {@code jdbc:libsql:} URL: the server location and the connection properties given in
 * its query string.
 *
 * <p>Accepted forms (everything {@code @libsql/client} accepts for a remote database):
 * <ul>
 *   <li>{@code jdbc:libsql://db-org.turso.io} — HTTPS; {@code ?tls=false} (or {@code tls=0})
 *       selects plain HTTP, e.g. {@code jdbc:libsql://127.0.0.1:8080?tls=false};</li>
 *   <li>{@code jdbc:libsql:libsql://…} — the same with the scheme spelled out;</li>
 *   <li>{@code jdbc:libsql:http://…} and {@code jdbc:libsql:https://…} — explicit transport;</li>
 *   <li>{@code jdbc:libsql:ws://…} and {@code jdbc:libsql:wss://…} — Hrana over WebSocket (plain or
 *       TLS) unless {@code transport=http} says otherwise.</li>
 * </ul>
 * Query parameters must be {@link ConnectionProperty} names; an unknown one is an error (as in
 * {@code @libsql/client}), which catches typos. {@link #toString()} masks the token.
 */
public final class JdbcUrl {

  /** The prefix every URL of this driver starts with. */
  public static final String PREFIX = "jdbc:libsql:";

  private final String scheme;
  private final String host;
  private final int port;
  private final String path;
  private final Properties parameters;

  private JdbcUrl(String scheme, String host, int port, String path, Properties parameters) {
    this.scheme = scheme;
    this.host = host;
    this.port = port;
    this.path = path;
    this.parameters = parameters;
  }

  /** Whether {@code url} is meant for this driver. */
  public static boolean accepts(String url) {
    return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /**
   * Parses a {@code jdbc:libsql:} URL.
   *
   * @throws IllegalArgumentException when the URL is malformed or has an unknown parameter; the
   *     message never contains the token
   */
  public static JdbcUrl parse(String url) {
    if (!accepts(url)) {
      throw new IllegalArgumentException("Not a libSQL JDBC URL (expected " + PREFIX + "…)");
    }
    String rest = url.substring(PREFIX.length());
    String location = rest.startsWith("//") ? "libsql:" + rest : rest;
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      // The message of URISyntaxException quotes the input, which may contain the token.
      throw new IllegalArgumentException("Malformed libSQL JDBC URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("libsql") && !scheme.equals("http") && !scheme.equals("https")
        && !scheme.equals("ws") && !scheme.equals("wss")) {
      throw new IllegalArgumentException("Unsupported URL scheme '" + scheme
          + "' (expected libsql, http, https, ws or wss)");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException("The libSQL JDBC URL has no host");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return new JdbcUrl(scheme, uri.getHost(), uri.getPort(), path, parseQuery(uri.getRawQuery()));
  }

  private static Properties parseQuery(String rawQuery) {
    Properties parameters = new Properties();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      ConnectionProperty property = ConnectionProperty.forName(name);
      if (property == null) {
        throw new IllegalArgumentException("Unknown libSQL JDBC URL parameter '" + name
            + "'; known: " + knownNames());
      }
      property.checkAllowed(value);
      parameters.setProperty(name, value);
    }
    return parameters;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static String knownNames() {
    StringBuilder names = new StringBuilder();
    for (ConnectionProperty property : ConnectionProperty.values()) {
      names.append(names.length() == 0 ? "" : ", ").append(property.propertyName());
    }
    return names.toString();
  }

  /**
   * The HTTP base URL of the server: {@code libsql}/{@code wss} become {@code https} unless
   * {@code tls} is false, {@code ws} becomes {@code http}. The path is kept without a trailing
   * slash; the query is dropped.
   *
   * @param tls the effective {@code tls} setting (URL parameter, property or default)
   */
  public URI baseUrl(boolean tls) {
    String httpScheme = switch (scheme) {
      case "http", "ws" -> "http";
      case "https", "wss" -> "https";
      default -> tls ? "https" : "http";
    };
    String trimmedPath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String authority = (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
        + (port < 0 ? "" : ":" + port);
    return URI.create(httpScheme + "://" + authority + trimmedPath);
  }

  /** Whether the URL names a WebSocket scheme ({@code ws}, {@code wss}): the default transport then. */
  public boolean webSocketScheme() {
    return scheme.equals("ws") || scheme.equals("wss");
  }

  /** The connection properties given as URL query parameters (a copy). */
  public Properties parameters() {
    Properties copy = new Properties();
    copy.putAll(parameters);
    return copy;
  }

  /** The URL with sensitive parameters masked ({@code authToken=***}), for messages and logs. */
  @Override
  public String toString() {
    return render(true);
  }

  /**
   * The URL without its sensitive parameters, other parameters kept: what
   * {@code DatabaseMetaData.getURL()} returns, so that a tool may show or reuse it.
   */
  public String withoutSecrets() {
    return render(false);
  }

  private String render(boolean maskSecrets) {
    StringBuilder text = new StringBuilder(PREFIX).append(scheme).append("://").append(host);
    if (port >= 0) {
      text.append(':').append(port);
    }
    text.append(path);
    char separator = '?';
    for (String name : parameters.stringPropertyNames()) {
      ConnectionProperty property = ConnectionProperty.forName(name);
      if (property.isSensitive() && !maskSecrets) {
        continue;
      }
      text.append(separator).append(name).append('=').append(property.masked(parameters.getProperty(name)));
      separator = '&';
    }
    return text.toString();
  }
}
