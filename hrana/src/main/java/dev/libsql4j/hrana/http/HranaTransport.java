package dev.libsql4j.hrana.http;

/**
 * How a client talks to one libSQL server: {@link HranaHttpClient} (stateless HTTP requests) or
 * {@code dev.libsql4j.hrana.ws.HranaWsClient} (streams multiplexed on shared WebSockets). The JDBC
 * layer holds one per database and drives both through {@link HranaStream}s.
 */
public interface HranaTransport extends AutoCloseable {

  /** Opens a stream handle; no request is sent until its first use. */
  HranaStream openStream();

  /**
   * The Hrana version spoken with the server (learned once: a probe over HTTP, the negotiated
   * subprotocol over WebSocket).
   *
   * @throws HranaException when the server cannot be reached to find out
   */
  ProtocolVersion protocolVersion() throws HranaException;

  /**
   * Uses {@code token} from now on (tokens expire and get replaced while a pool is in use): every
   * later HTTP request carries it; over WebSocket the live sockets say it in a new {@code hello}, so
   * their streams and transactions carry on. Null means no token.
   */
  void replaceAuthToken(String token);

  /** Releases the transport's connections; later requests fail. */
  @Override
  void close();
}
