package dev.libsql4j.example.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.libsql4j.testing.JwtKeys;
import dev.libsql4j.testing.SqldExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Pointed at a real sqld with a token it did not issue, the service refuses to start and Boot's
 * failure report says why and what to do, in the words of the libsql4j failure analyzer; the token
 * itself is never printed.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadTokenTest {

  @RegisterExtension
  static final SqldExtension SQLD = SqldExtension.withAuth();

  @Test
  void refusesToStartAndSaysWhichSettingToFix(CapturedOutput output) {
    String forged = JwtKeys.generate().fullAccessToken();
    String url = "jdbc:libsql:" + SQLD.node().httpUrl();

    // As on a command line: these win over application.yml (which reads LIBSQL_URL, LIBSQL_AUTH_TOKEN).
    assertThatThrownBy(() -> new SpringApplicationBuilder(InvoicingApplication.class)
        .run("--server.port=0", "--libsql.url=" + url, "--libsql.auth-token=" + forged,
            "--libsql.tenancy.admin-url=http://127.0.0.1:9")
        .close());

    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("Description:\n\nThe libSQL server at " + url + " (libsql.url) rejected the auth token as invalid "
            + "or expired (")
        .contains("Action:\n\nSet libsql.auth-token (e.g. libsql.auth-token: ${TURSO_AUTH_TOKEN}) to a valid, "
            + "unexpired token for this database; 'turso db tokens create <database>' makes one.")
        .doesNotContain(forged);
  }
}
