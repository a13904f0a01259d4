package dev.libsql4j.testing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** sqld with {@code --auth-jwt-key-file}: what each kind of token may do. */
class JwtAuthTest {

    @RegisterExtension
    static final SqldExtension SQLD = SqldExtension.withAuth();

    @BeforeAll
    static void createTable() {
        Hrana.at(SQLD.node().httpUrl()).token(SQLD.jwt().fullAccessToken()).execute("CREATE TABLE t (x)");
    }

    @Test
    void fullAccessTokenReadsAndWrites() {
        Hrana hrana = Hrana.at(SQLD.node().httpUrl()).token(SQLD.jwt().fullAccessToken());
        hrana.execute("INSERT INTO t VALUES (1)");
        assertThat(hrana.rows("SELECT count(*) FROM t WHERE x = 1").get(0).get(0)).isNotEqualTo("0");
    }

    @Test
    void missingTokenIsUnauthorized() {
        assertThat(Hrana.at(SQLD.node().httpUrl()).pipeline("SELECT 1").status()).isEqualTo(401);
    }

    @Test
    void tokenFromOtherKeysIsUnauthorized() {
        String foreign = JwtKeys.generate().fullAccessToken();
        assertThat(Hrana.at(SQLD.node().httpUrl()).token(foreign).pipeline("SELECT 1").status()).isEqualTo(401);
    }

    @Test
    void expiredTokenIsUnauthorized() {
        assertThat(Hrana.at(SQLD.node().httpUrl()).token(SQLD.jwt().expiredToken()).pipeline("SELECT 1").status())
                .isEqualTo(401);
    }

    @Test
    void tokenWithAudienceIsUnauthorized() {
        // Why JwtKeys never sets "aud": sqld configures no audience and then refuses any.
        String withAudience = SQLD.jwt().token(Map.of("a", "rw", "aud", "libsql4j"));
        assertThat(Hrana.at(SQLD.node().httpUrl()).token(withAudience).pipeline("SELECT 1").status()).isEqualTo(401);
    }

    @Test
    void readOnlyTokenReadsButMayNotWrite() {
        Hrana readOnly = Hrana.at(SQLD.node().httpUrl()).token(SQLD.jwt().readOnlyToken());
        assertThat(readOnly.pipeline("SELECT count(*) FROM t").status()).isEqualTo(200);
        Hrana.Response insert = readOnly.pipeline("INSERT INTO t VALUES (2)");
        assertThat(insert.status()).isEqualTo(403);
    }

    @Test
    void tokenWithFutureExpiryIsAccepted() {
        String token = SQLD.jwt().token(Map.of("exp", Instant.now().plusSeconds(600).getEpochSecond()));
        assertThat(Hrana.at(SQLD.node().httpUrl()).token(token).pipeline("SELECT 1").status()).isEqualTo(200);
    }

    @Test
    void rawKeyInEnvironmentWorksToo() {
        // The form LibSqlContainer passes to the Docker image (SQLD_AUTH_JWT_KEY).
        JwtKeys keys = JwtKeys.generate();
        try (SqldNode node = SqldNode.builder().env("SQLD_AUTH_JWT_KEY", keys.publicKeyBase64Url()).start()) {
            assertThat(Hrana.at(node.httpUrl()).pipeline("SELECT 1").status()).isEqualTo(401);
            assertThat(Hrana.at(node.httpUrl()).token(keys.fullAccessToken()).pipeline("SELECT 1").status())
                    .isEqualTo(200);
        }
    }
}
