package dev.libsql4j.hrana.http;

import java.net.URI;

/** Builds endpoint URLs from a base URL, and describes URLs without the parts that may hold secrets. */
final class Endpoints {

  private Endpoints() {}

  /**
   * Joins like the Rust client: strips one trailing {@code /} from the base path, appends
   * {@code path} and keeps the query. {@code http://h/db/?x=1} + {@code /v3/pipeline} gives
   * {@code http://h/db/v3/pipeline?x=1}; a fragment is dropped.
   */
  static URI join(URI base, String path) {
    String basePath = base.getRawPath() == null ? "" : base.getRawPath();
    if (basePath.endsWith("/")) {
      basePath = basePath.substring(0, basePath.length() - 1);
    }
    StringBuilder url = new StringBuilder()
        .append(base.getScheme()).append("://").append(base.getRawAuthority())
        .append(basePath).append(path);
    if (base.getRawQuery() != null) {
      url.append('?').append(base.getRawQuery());
    }
    return URI.create(url.toString());
  }

  /**
   * The URL for messages and logs: scheme, host, port and path only. User info and the query string
   * are left out because they may carry credentials ({@code ?authToken=…}).
   */
  static String describe(URI url) {
    StringBuilder text = new StringBuilder();
    if (url.getScheme() != null) {
      text.append(url.getScheme()).append("://");
    }
    if (url.getHost() != null) {
      text.append(url.getHost());
      if (url.getPort() >= 0) {
        text.append(':').append(url.getPort());
      }
    }
    if (url.getRawPath() != null) {
      text.append(url.getRawPath());
    }
    if (url.getRawQuery() != null) {
      text.append("?…");
    }
    return text.toString();
  }
}
