package dev.libsql4j.hrana.message;

/**
 * A message a server sends over a Hrana WebSocket: the answer to a {@code hello}, or the answer to
 * a request, named by its id.
 */
public sealed interface WsServerMsg permits WsServerMsg.HelloOk, WsServerMsg.HelloError,
    WsServerMsg.ResponseOk, WsServerMsg.ResponseError {

  /** The token was accepted. */
  record HelloOk() implements WsServerMsg {}

  /** The token was refused ({@code AUTH_*} codes); sqld then closes the socket. */
  record HelloError(HranaError error) implements WsServerMsg {}

  /** Request {@code requestId} succeeded. */
  record ResponseOk(int requestId, WsResponse response) implements WsServerMsg {}

  /** Request {@code requestId} failed (a SQL error, or e.g. {@code STREAM_NOT_OPEN}). */
  record ResponseError(int requestId, HranaError error) implements WsServerMsg {}
}
