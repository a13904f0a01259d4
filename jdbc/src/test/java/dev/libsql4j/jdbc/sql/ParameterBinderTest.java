package dev.libsql4j.jdbc.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.hrana.message.NamedArg;
import dev.libsql4j.hrana.message.Stmt;
import dev.libsql4j.hrana.message.Value;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ParameterBinderTest {

  @Test
  void positionalParametersTravelAsArgs() throws SQLException {
    Stmt stmt = ParameterBinder.bind(SqlScanner.scan("SELECT ?, ?"), null, new Value[] {Value.of(1), Value.of("a")});
    assertThat(stmt.args()).containsExactly(Value.of(1), Value.of("a"));
    assertThat(stmt.namedArgs()).isEmpty();
    assertThat(stmt.sql()).isEqualTo("SELECT ?, ?");
  }

  @Test
  void namedParametersTravelAsNamedArgsWithTheirSigil() throws SQLException {
    Stmt stmt = ParameterBinder.bind(SqlScanner.scan("SELECT :a, @b, :a"), null,
        new Value[] {Value.of(1), Value.of(2)});
    assertThat(stmt.args()).isEmpty();
    assertThat(stmt.namedArgs()).containsExactly(new NamedArg(":a", Value.of(1)), new NamedArg("@b", Value.of(2)));
  }

  @Test
  void mixedParametersAreSentPositionally() throws SQLException {
    Stmt stmt = ParameterBinder.bind(SqlScanner.scan("SELECT ?, :a"), null, new Value[] {Value.of(1), Value.of(2)});
    assertThat(stmt.sql()).isEqualTo("SELECT ?, ?2");
    assertThat(stmt.args()).containsExactly(Value.of(1), Value.of(2));
    assertThat(stmt.namedArgs()).isEmpty();
  }

  @Test
  void indexesTheSqlSkipsAreSentAsNull() throws SQLException {
    Stmt stmt = ParameterBinder.bind(SqlScanner.scan("SELECT ?2"), null, new Value[] {null, Value.of(5)});
    assertThat(stmt.args()).containsExactly(Value.NULL, Value.of(5));
  }

  @Test
  void aMissingValueIsAnError() {
    assertThatThrownBy(() -> ParameterBinder.bind(SqlScanner.scan("SELECT ?, ?"), null, new Value[] {Value.of(1), null}))
        .isInstanceOf(SQLException.class).hasMessageContaining("parameter 2")
        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("07001");
  }

  @Test
  void aClauseIsAppendedToTheSentText() throws SQLException {
    Stmt stmt = ParameterBinder.bind(SqlScanner.scan("INSERT INTO t VALUES (:v);"), "RETURNING *",
        new Value[] {Value.of(1)});
    assertThat(stmt.sql()).isEqualTo("INSERT INTO t VALUES (:v) RETURNING *");
  }
}
