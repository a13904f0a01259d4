package dev.libsql4j.jooq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Property;
import org.jooq.meta.jaxb.Target;

/** Runs jOOQ's code generator with {@link LibSqlDatabase}, as jooq-codegen-maven does, and reads what it wrote. */
final class Codegen {

  /** The package of the sample schema's code, the same as the build's jooq-codegen-maven execution. */
  static final String SHOP_PACKAGE = "dev.libsql4j.jooq.shop";

  /** What the build generated from the sample schema's migrations with jooq-codegen-maven. */
  static final Path BUILD_GENERATED = Path.of("target", "generated-test-sources", "jooq");

  private Codegen() {
  }

  /** Generates {@link #SHOP_PACKAGE} into {@code directory} from a LibSqlDatabase with these properties. */
  static void generate(Path directory, Map<String, String> properties) throws Exception {
    Database database = new Database().withName(LibSqlDatabase.class.getName());
    properties.forEach((key, value) -> database.getProperties().add(new Property().withKey(key).withValue(value)));
    GenerationTool.generate(new Configuration()
        .withBasedir(Path.of("").toAbsolutePath().toString())
        .withGenerator(new Generator()
            .withDatabase(database)
            .withTarget(new Target().withPackageName(SHOP_PACKAGE).withDirectory(directory.toString()))));
  }

  /** Every file under {@code root} by its relative path (with '/'), with its content. */
  static Map<String, String> tree(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
