package dev.libsql4j.hrana.http;

/** The Hrana version spoken over HTTP, which decides the path prefix of every endpoint. */
public enum ProtocolVersion {
  /** Hrana 2: {@code /v2/pipeline} only; no cursors, no {@code get_autocommit}/{@code is_autocommit}. */
  V2("/v2"),
  /** Hrana 3: {@code /v3/pipeline} and {@code /v3/cursor}. */
  V3("/v3");

  private final String pathPrefix;

  ProtocolVersion(String pathPrefix) {
    this.pathPrefix = pathPrefix;
  }

  /** The path prefix, e.g. {@code /v3}. */
  public String pathPrefix() {
    return pathPrefix;
  }
}
