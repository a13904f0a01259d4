package dev.libsql4j.hrana.message;

/**
 * A message a client sends over a Hrana WebSocket: {@link Hello} first (and again to replace the
 * token, Hrana 2+), then {@link Request}s, each with an id the answer will carry.
 */
public sealed interface WsClientMsg permits WsClientMsg.Hello, WsClientMsg.Request {

  /** Authenticates the socket; {@code jwt} is null when the server needs no token. */
  record Hello(String jwt) implements WsClientMsg {
    @Override
    public String toString() {
      // The token is a secret: never print it.
      return "Hello[jwt=" + (jwt == null ? "none" : "***") + "]";
    }
  }

  /** A request; the server answers with a {@link WsServerMsg} carrying the same {@code requestId}. */
  record Request(int requestId, WsRequest request) implements WsClientMsg {
    public Request {
      if (request == null) {
        throw new IllegalArgumentException("a request message needs a request");
      }
    }
  }
}
