package dev.libsql4j.jdbc.config;

/** How the driver talks to the server; see {@link ConnectionProperty#TRANSPORT}. */
public enum Transport {
  /** Hrana over stateless HTTP requests ({@code /v3/pipeline}, {@code /v3/cursor}). */
  HTTP,
  /** Hrana over persistent WebSockets shared by the connections of a database. */
  WS
}
