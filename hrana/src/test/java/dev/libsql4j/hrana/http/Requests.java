package dev.libsql4j.hrana.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.libsql4j.hrana.message.CursorEntry;
import dev.libsql4j.hrana.message.HranaError;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.StmtResult;
import dev.libsql4j.hrana.message.StreamRequest;
import dev.libsql4j.hrana.message.StreamResponse;
import dev.libsql4j.hrana.message.StreamResult;
import dev.libsql4j.hrana.message.Value;
import java.util.ArrayList;
import java.util.List;

/** Short forms for building requests and unpacking results in the transport tests. */
final class Requests {

  private Requests() {}

  static StreamRequest execute(String sql, Value... args) {
    return new StreamRequest.Execute(Stmt.of(sql, List.of(args)));
  }

  static StreamRequest close() {
    return new StreamRequest.Close();
  }

  /** The response of a result that must have succeeded. */
  static StreamResponse ok(StreamResult result) {
    assertThat(result).isInstanceOf(StreamResult.Ok.class);
    return ((StreamResult.Ok) result).response();
  }

  /** The statement result of a successful {@code execute}. */
  static StmtResult rows(StreamResult result) {
    return ((StreamResponse.Execute) ok(result)).result();
  }

  /** The error of a result that must have failed. */
  static HranaError error(StreamResult result) {
    assertThat(result).isInstanceOf(StreamResult.Error.class);
    return ((StreamResult.Error) result).error();
  }

  /** Reads a cursor to its end. */
  static List<CursorEntry> drain(HranaCursor cursor) throws HranaException {
    List<CursorEntry> entries = new ArrayList<>();
    for (CursorEntry entry; (entry = cursor.next()) != null; ) {
      entries.add(entry);
    }
    return entries;
  }
}
