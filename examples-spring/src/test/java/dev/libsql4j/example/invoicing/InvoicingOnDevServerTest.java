package dev.libsql4j.example.invoicing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scenario out of the box: no URL configured, so the application starts the embedded devserver
 * with a replica (application.yml), its data in a fresh directory under target/ instead of ./.libsql4j.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvoicingOnDevServerTest extends InvoicingScenario {

  @DynamicPropertySource
  static void devServer(DynamicPropertyRegistry properties) {
    try {
      Path data = Files.createTempDirectory(Path.of("target"), "devserver-");
      properties.add("libsql.devserver.data-dir", data::toString);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
