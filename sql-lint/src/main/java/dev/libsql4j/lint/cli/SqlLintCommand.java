package dev.libsql4j.lint.cli;

import dev.libsql4j.lint.Finding;
import dev.libsql4j.lint.FindingFormatter;
import dev.libsql4j.lint.RuleCatalog;
import dev.libsql4j.lint.RuleDescriptor;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SourceFile;
import dev.libsql4j.lint.SqlLinter;
import dev.libsql4j.lint.SqliteVersion;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command line: {@code java -cp libsql4j-sql-lint.jar:jsqlparser.jar dev.libsql4j.lint.cli.SqlLintCommand
 * [--target 3.45.1] [--disable id,id] [--rules] path…} lints {@code .sql} files (directories are
 * searched recursively) and prints compiler-style findings. Exit status 0 when there is no error,
 * 1 when there is, 2 on bad usage. Build tools use {@link dev.libsql4j.lint.SqlLinter} directly.
 */
public final class SqlLintCommand {

    private static final String USAGE = "usage: sql-lint [--target 3.45.1] [--disable rule,rule] [--rules] file-or-dir…";

    private SqlLintCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status instead of exiting, for tests and embedding. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        SqlLinter.Builder builder = SqlLinter.builder();
        List<Path> paths = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--target" -> builder.targetVersion(SqliteVersion.parse(value(args, ++i)));
                    case "--disable" -> builder.disable(value(args, ++i).split(","));
                    case "--rules" -> {
                        printRules(out);
                        return 0;
                    }
                    default -> paths.add(Path.of(args[i]));
                }
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (paths.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        SqlLinter linter = builder.build();
        List<Finding> findings = new ArrayList<>();
        for (Path file : sqlFiles(paths)) {
            findings.addAll(linter.lint(SourceFile.read(file)));
        }
        if (!findings.isEmpty()) {
            out.println(FindingFormatter.format(findings));
        }
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        out.println(findings.size() + " finding(s), " + errors + " error(s), target SQLite " + linter.targetVersion());
        return errors == 0 ? 0 : 1;
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static void printRules(PrintStream out) {
        for (RuleDescriptor rule : RuleCatalog.standard().descriptors()) {
            out.println(rule.id() + "\t" + rule.severity().label() + "\t"
                    + rule.since().map(v -> "since " + v).orElse("unsupported") + "\t" + rule.message());
        }
    }

    private static List<Path> sqlFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".sql")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }
        return files;
    }
}
