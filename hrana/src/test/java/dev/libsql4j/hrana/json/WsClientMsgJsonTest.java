package dev.libsql4j.hrana.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.message.Batch;
import dev.libsql4j.hrana.message.BatchStep;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.WsClientMsg;
import dev.libsql4j.hrana.message.WsRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a client writes over a Hrana WebSocket: {@code hello} and every request kind, as sqld reads them. */
class WsClientMsgJsonTest {

  @Test
  void encodesHelloWithAndWithoutAToken() {
    assertThat(HranaJson.encodeWsClientMsg(new WsClientMsg.Hello("jwt-1")))
        .isEqualTo("{\"type\":\"hello\",\"jwt\":\"jwt-1\"}");
    assertThat(HranaJson.encodeWsClientMsg(new WsClientMsg.Hello(null)))
        .isEqualTo("{\"type\":\"hello\",\"jwt\":null}");
  }

  @Test
  void encodesEveryRequestKind() {
    assertThat(request(new WsRequest.OpenStream(3)))
        .isEqualTo("{\"type\":\"open_stream\",\"stream_id\":3}");
    assertThat(request(new WsRequest.OnStream(3, new StreamRequest.Execute(Stmt.of("SELECT 1")))))
        .isEqualTo("{\"type\":\"execute\",\"stream_id\":3,"
            + "\"stmt\":{\"sql\":\"SELECT 1\",\"args\":[],\"named_args\":[]}}");
    assertThat(request(new WsRequest.OnStream(3, new StreamRequest.GetAutocommit())))
        .isEqualTo("{\"type\":\"get_autocommit\",\"stream_id\":3}");
    assertThat(request(new WsRequest.CloseStream(3)))
        .isEqualTo("{\"type\":\"close_stream\",\"stream_id\":3}");
    assertThat(request(new WsRequest.OpenCursor(3, 5, Batch.of(List.of(new BatchStep(null, Stmt.of("SELECT 2")))))))
        .isEqualTo("{\"type\":\"open_cursor\",\"stream_id\":3,\"cursor_id\":5,\"batch\":{\"steps\":["
            + "{\"stmt\":{\"sql\":\"SELECT 2\",\"args\":[],\"named_args\":[]}}]}}");
    assertThat(request(new WsRequest.FetchCursor(5, 1024)))
        .isEqualTo("{\"type\":\"fetch_cursor\",\"cursor_id\":5,\"max_count\":1024}");
    assertThat(request(new WsRequest.CloseCursor(5)))
        .isEqualTo("{\"type\":\"close_cursor\",\"cursor_id\":5}");
  }

  @Test
  void storedSqlIsTheSocketsAndCarriesNoStreamId() {
    // The same records as in an HTTP pipeline, sent as requests of their own.
    assertThat(request(new StreamRequest.StoreSql(7, "SELECT ?")))
        .isEqualTo("{\"type\":\"store_sql\",\"sql_id\":7,\"sql\":\"SELECT ?\"}");
    assertThat(request(new StreamRequest.CloseSql(7)))
        .isEqualTo("{\"type\":\"close_sql\",\"sql_id\":7}");
  }

  @Test
  void storedSqlAndCloseCannotRideOnAStream() {
    for (StreamRequest request : List.of(new StreamRequest.StoreSql(7, "SELECT 1"), new StreamRequest.CloseSql(7),
        new StreamRequest.Close())) {
      assertThatThrownBy(() -> new WsRequest.OnStream(3, request))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(request.type())
          .hasMessageContaining("send CloseStream, or StoreSql/CloseSql on their own");
    }
  }

  /** The {@code request} member of a request message, as written inside {@code {"type":"request",…}}. */
  private static String request(WsRequest request) {
    String message = HranaJson.encodeWsClientMsg(new WsClientMsg.Request(1, request));
    String prefix = "{\"type\":\"request\",\"request_id\":1,\"request\":";
    assertThat(message).startsWith(prefix).endsWith("}");
    return message.substring(prefix.length(), message.length() - 1);
  }
}
