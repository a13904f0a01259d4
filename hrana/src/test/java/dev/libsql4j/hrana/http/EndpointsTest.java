package dev.libsql4j.hrana.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** URL joining (as the Rust client does it) and secret-free URL descriptions. */
class EndpointsTest {

  @Test
  void appendsThePathToAHostOnlyUrl() {
    assertThat(Endpoints.join(URI.create("http://127.0.0.1:8080"), "/v3/pipeline"))
        .isEqualTo(URI.create("http://127.0.0.1:8080/v3/pipeline"));
  }

  @Test
  void stripsExactlyOneTrailingSlash() {
    assertThat(Endpoints.join(URI.create("https://db.example/"), "/v3"))
        .isEqualTo(URI.create("https://db.example/v3"));
    assertThat(Endpoints.join(URI.create("https://db.example/dev/ns1/"), "/v2/pipeline"))
        .isEqualTo(URI.create("https://db.example/dev/ns1/v2/pipeline"));
    assertThat(Endpoints.join(URI.create("https://db.example//"), "/v3"))
        .isEqualTo(URI.create("https://db.example//v3"));
  }

  @Test
  void keepsTheQueryAndEncodedCharacters() {
    assertThat(Endpoints.join(URI.create("http://h:1/a%20b?x=1&y=%2F"), "/v3/cursor"))
        .isEqualTo(URI.create("http://h:1/a%20b/v3/cursor?x=1&y=%2F"));
  }

  @Test
  void descriptionsLeaveOutUserInfoAndQuery() {
    assertThat(Endpoints.describe(URI.create("https://user:pw@db.example:8443/v3/pipeline?authToken=secret")))
        .isEqualTo("https://db.example:8443/v3/pipeline?…");
    assertThat(Endpoints.describe(URI.create("http://127.0.0.1:8080"))).isEqualTo("http://127.0.0.1:8080");
  }
}
