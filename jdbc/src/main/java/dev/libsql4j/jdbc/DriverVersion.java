package dev.libsql4j.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The driver's version, read from a resource that the build fills in. */
public final class DriverVersion {

  /** The full version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static final String VERSION = load();

  /** The major version number. */
  public static final int MAJOR = part(0);

  /** The minor version number. */
  public static final int MINOR = part(1);

  private DriverVersion() {
  }

  private static String load() {
    try (InputStream in = DriverVersion.class.getResourceAsStream("libsql4j-jdbc.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "0.0.0");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int part(int index) {
    String[] parts = VERSION.split("[.-]");
    try {
      return parts.length > index ? Integer.parseInt(parts[index]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
