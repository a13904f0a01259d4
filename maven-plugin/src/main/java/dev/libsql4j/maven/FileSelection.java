package dev.libsql4j.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under a directory that match Ant-style include patterns ({@code **}{@code /*.sql}) and
 * none of the exclude patterns, in a stable order. A leading {@code **}{@code /} also matches the
 * directory itself, as in Ant and Maven.
 */
final class FileSelection {

  private FileSelection() {
  }

  static List<Path> select(Path directory, List<String> includes, List<String> excludes) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<PathMatcher> in = matchers(includes);
    List<PathMatcher> out = matchers(excludes);
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile)
          .filter(file -> {
            Path relative = directory.relativize(file);
            return matches(in, relative) && !matches(out, relative);
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  private static boolean matches(List<PathMatcher> matchers, Path relative) {
    return matchers.stream().anyMatch(m -> m.matches(relative));
  }

  private static List<PathMatcher> matchers(List<String> patterns) {
    return patterns.stream()
        .flatMap(p -> p.startsWith("**/") ? Stream.of(p, p.substring(3)) : Stream.of(p))
        .map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p))
        .toList();
  }
}
