package dev.libsql4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class JwtKeysTest {

    private final JwtKeys keys = JwtKeys.generate();

    @Test
    void tokensCarrySqldClaimsAndNoAudience() throws IOException {
        JsonNode full = claims(keys.fullAccessToken());
        assertThat(full.path("a").asText()).isEqualTo("rw");
        assertThat(full.has("exp")).isFalse();
        assertThat(full.has("aud")).isFalse();

        assertThat(claims(keys.readOnlyToken()).path("a").asText()).isEqualTo("ro");
        assertThat(claims(keys.expiredToken()).path("exp").asLong()).isLessThan(Instant.now().getEpochSecond() - 60);
        assertThat(header(keys.fullAccessToken()).path("alg").asText()).isEqualTo("EdDSA");
    }

    @Test
    void publicKeyFileHoldsAParsablePem(@TempDir Path dir) throws Exception {
        Path file = keys.publicKeyFile(dir);
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");

        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        assertThat(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der))).isNotNull();

        byte[] raw = Base64.getUrlDecoder().decode(keys.publicKeyBase64Url());
        assertThat(raw).hasSize(32);
        assertThat(der).endsWith(raw);
    }

    @Test
    void toStringShowsNoKeyMaterial() {
        assertThat(keys.toString()).doesNotContain(keys.publicKeyBase64Url());
    }

    private static JsonNode claims(String jwt) throws IOException {
        return part(jwt, 1);
    }

    private static JsonNode header(String jwt) throws IOException {
        return part(jwt, 0);
    }

    private static JsonNode part(String jwt, int index) throws IOException {
        return Hrana.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    }
}
