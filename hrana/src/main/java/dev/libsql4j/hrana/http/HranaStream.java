package dev.libsql4j.hrana.http;

import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResult;
import java.time.Duration;
import java.util.List;

/**
 * One Hrana stream: a server-side SQLite connection on which requests run in order. The contract is
 * the same for both transports, so the JDBC layer drives either: over HTTP a stream is a baton
 * ({@link HranaHttpClient#openStream()}), over WebSocket a stream id on a shared socket
 * ({@code dev.libsql4j.hrana.ws.HranaWsClient#openStream()}).
 *
 * <p>A handle is opened lazily: the first call opens the server stream, and a call whose pipeline
 * ends with {@link StreamRequest.Close} closes it again (the next call opens a new one). After a
 * failed exchange the server stream is forgotten unless the request certainly never reached a
 * server.
 *
 * <p>Requests are strictly serial: not thread-safe, and a call while another call or an open cursor
 * is in progress fails with {@link IllegalStateException}. Only {@link #cancel()} may be called from
 * another thread.
 */
public interface HranaStream {

  /**
   * Sends requests on this stream as one pipeline: they are all sent before any answer is awaited.
   *
   * @param requests the requests, run in order; per-request failures come back as
   *     {@link StreamResult.Error} without failing the call
   * @param timeoutOrNull time allowed for the answer, or null for the client's default
   * @return one result per request
   * @throws HranaException when the exchange fails; the server stream is then forgotten (see above)
   * @throws IllegalStateException when a call or a cursor is in progress on this stream
   */
  List<StreamResult> execute(List<StreamRequest> requests, Duration timeoutOrNull) throws HranaException;

  /**
   * Runs a batch as a cursor, streaming its results. The stream stays busy until the cursor is
   * closed, and is forgotten if the cursor broke off.
   *
   * @param timeoutOrNull time allowed for the first answer, or null for the client's default
   * @throws HranaException when the exchange fails, or the server speaks only Hrana 2 (PROTOCOL)
   * @throws IllegalStateException when a call or a cursor is in progress on this stream
   */
  HranaCursor cursor(Batch batch, Duration timeoutOrNull) throws HranaException;

  /** True while a server stream is open. */
  boolean isOpen();

  /**
   * Forgets the server stream; over HTTP the server expires it after its idle timeout, over
   * WebSocket it is closed with a {@code close_stream} nobody waits for. An open transaction is
   * rolled back either way. The next call opens a new stream.
   */
  void reset();

  /**
   * Aborts the exchange in flight on this stream, if any; the waiting call then fails with a
   * {@link HranaException} of kind {@link HranaException.Kind#TIMEOUT}. Safe from any thread. Whether
   * the server ran the requests is unknown.
   */
  void cancel();
}
