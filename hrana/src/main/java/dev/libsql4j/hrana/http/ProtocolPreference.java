package dev.libsql4j.hrana.http;

/** Which Hrana version a client uses. */
public enum ProtocolPreference {
  /** Probe {@code GET {base}/v3} once and use Hrana 3 when it answers 2xx, else Hrana 2. */
  AUTO,
  /** Always Hrana 2 ({@code /v2/pipeline}), without probing: what {@code @libsql/client} speaks. */
  V2,
  /** Always Hrana 3, without probing. */
  V3
}
