package dev.libsql4j.hrana.http;

import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.CursorRequest;
import dev.libsql4j.hrana.message.PipelineRequest;
import dev.libsql4j.hrana.message.PipelineResponse;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResult;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One Hrana stream over HTTP: a server-side SQLite connection addressed by a baton. Each call sends
 * the latest baton and keeps the one the server returns; a non-null {@code base_url} in a response
 * sends the stream's later requests to that URL (sticky routing).
 *
 * <p>Without a baton (at first, after {@link #reset()}, after an error, or after a pipeline ending
 * with {@code close}) the next call opens a new server stream at the client's base URL. A failed
 * exchange drops the baton (the server forgets a stream after an HTTP error, and after a broken
 * exchange nobody knows whether the baton was used), unless the request certainly never reached a
 * server: a refused connection, a connect timeout, or a request refused before sending.
 *
 * <p>Requests are strictly serial: not thread-safe, and a call while another call or an open cursor
 * is in progress fails with {@link IllegalStateException}. Only {@link #cancel()} may be called from
 * another thread.
 */
final class HttpStream implements HranaStream {

  private final HranaHttpClient client;
  private final AbortHandle abortHandle = new AbortHandle();
  private final StreamCallGate gate = new StreamCallGate();
  private String baton;
  private URI baseUrl;

  HttpStream(HranaHttpClient client) {
    this.client = client;
  }

  @Override
  public List<StreamResult> execute(List<StreamRequest> requests, Duration timeoutOrNull)
      throws HranaException {
    gate.enter();
    try {
      PipelineResponse response = client.pipeline(baseUrl, new PipelineRequest(baton, requests),
          timeoutOrNull, abortHandle);
      if (response.results().size() != requests.size()) {
        throw new HranaException(HranaException.Kind.DECODE, "The server answered "
            + response.results().size() + " results to " + requests.size() + " requests", 200, null,
            false, null);
      }
      boolean closing = !requests.isEmpty() && requests.get(requests.size() - 1) instanceof StreamRequest.Close;
      adopt(closing ? null : response.baton(), response.baseUrl());
      return response.results();
    } catch (HranaException e) {
      forgetUnlessUnsent(e);
      throw e;
    } catch (RuntimeException e) {
      reset();
      throw e;
    } finally {
      gate.leave();
    }
  }

  @Override
  public HranaCursor cursor(Batch batch, Duration timeoutOrNull) throws HranaException {
    gate.enter();
    HttpCursor cursor;
    try {
      cursor = client.cursor(baseUrl, new CursorRequest(baton, batch), timeoutOrNull, abortHandle,
          this::cursorClosed);
    } catch (HranaException e) {
      forgetUnlessUnsent(e);
      gate.leave();
      throw e;
    } catch (RuntimeException e) {
      reset();
      gate.leave();
      throw e;
    }
    try {
      adopt(cursor.header().baton(), cursor.header().baseUrl());
    } catch (HranaException e) {
      cursor.close();
      reset();
      throw e;
    }
    return cursor;
  }

  @Override
  public boolean isOpen() {
    return baton != null;
  }

  @Override
  public void reset() {
    baton = null;
    baseUrl = null;
  }

  @Override
  public void cancel() {
    abortHandle.abort();
  }

  private void adopt(String nextBaton, String nextBaseUrl) throws HranaException {
    baton = nextBaton;
    if (nextBaton == null) {
      // The server stream is gone; a new one starts at the configured URL.
      baseUrl = null;
    } else if (nextBaseUrl != null) {
      try {
        baseUrl = URI.create(nextBaseUrl);
      } catch (IllegalArgumentException e) {
        throw new HranaException(HranaException.Kind.DECODE, "The server sent an invalid base_url",
            200, null, false, e);
      }
    }
  }

  /** After a failed exchange: the baton stays valid only if no server saw the request. */
  private void forgetUnlessUnsent(HranaException e) {
    if (!e.certainlyNotExecuted() || e.httpStatus() != 0) {
      reset();
    }
  }

  private void cursorClosed(boolean streamUsable) {
    if (!streamUsable) {
      reset();
    }
    gate.leave();
  }
}
