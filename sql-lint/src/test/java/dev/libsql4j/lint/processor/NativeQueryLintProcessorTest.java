package dev.libsql4j.lint.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Compiles sample sources in-process with the processor and checks javac's diagnostics. The
 * Spring, JPA and Hibernate annotations are stubs with the real fully-qualified names, so this
 * test proves the processor needs none of those libraries.
 */
class NativeQueryLintProcessorTest {

    private static final String QUERY_STUB = """
            package org.springframework.data.jpa.repository;
            public @interface Query { String value() default ""; boolean nativeQuery() default false; }
            """;
    private static final String NAMED_NATIVE_QUERY_STUB = """
            package jakarta.persistence;
            @java.lang.annotation.Repeatable(NamedNativeQueries.class)
            public @interface NamedNativeQuery { String name(); String query(); }
            """;
    private static final String NAMED_NATIVE_QUERIES_STUB = """
            package jakarta.persistence;
            public @interface NamedNativeQueries { NamedNativeQuery[] value(); }
            """;
    private static final String SQL_INSERT_STUB = """
            package org.hibernate.annotations;
            public @interface SQLInsert { String sql(); }
            """;
    private static final String SQL_UPDATE_STUB = """
            package org.hibernate.annotations;
            public @interface SQLUpdate { String sql(); }
            """;

    private static final String REPOSITORY = """
            package app;
            import org.springframework.data.jpa.repository.Query;
            interface AccountRepository {
                @Query(value = "SELECT * FROM account WHERE email ILIKE ?1", nativeQuery = true)
                Object byEmail(String email);

                @Query("SELECT a FROM Account a WHERE a.email ILIKE ?1")
                Object jpqlIsNotChecked(String email);

                @Query(value = \"""
                        SELECT id
                        FROM account
                        WHERE created_at > now() - INTERVAL '1 day'
                        \""", nativeQuery = true)
                Object recent();

                @Query(value = "SELECT * FROM account WHERE email LIKE ?1", nativeQuery = true)
                Object clean(String email);
            }
            """;
    private static final String ENTITY = """
            package app;
            import jakarta.persistence.NamedNativeQuery;
            import org.hibernate.annotations.SQLInsert;
            import org.hibernate.annotations.SQLUpdate;
            @NamedNativeQuery(name = "a", query = "SELECT DISTINCT ON (x) x FROM t")
            @SQLInsert(sql = "INSERT INTO account (email) VALUES (?) ON DUPLICATE KEY UPDATE email = email")
            @SQLUpdate(sql = "UPDATE account SET email = ? WHERE id = ?")
            class Account {
            }
            """;
    /** Repeated annotations sit in an implicit container javac has no source position for. */
    private static final String REPEATED = """
            package app;
            import jakarta.persistence.NamedNativeQuery;
            @NamedNativeQuery(name = "a", query = "SELECT 1 FROM t FOR UPDATE")
            @NamedNativeQuery(name = "b", query = "TRUNCATE t")
            class Invoice {
            }
            """;

    @Test
    void reportsNativeQueriesOnTheirAnnotationWithRuleIdAndSqlPosition() {
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(List.of(), REPOSITORY);

        assertThat(errors(diagnostics)).extracting(NativeQueryLintProcessorTest::summary).containsExactly(
                "AccountRepository.java:4 [ilike] SQL 1:35",
                "AccountRepository.java:10 [foreign-function] SQL 3:20",
                "AccountRepository.java:10 [interval] SQL 3:28");
    }

    @Test
    void diagnosticPointsAtTheSqlStringItself() {
        Diagnostic<? extends JavaFileObject> first = errors(compile(List.of(), REPOSITORY)).get(0);

        // line 4 is `    @Query(value = "SELECT * FROM …", nativeQuery = true)`: the string starts in column 20
        assertThat(first.getColumnNumber()).isEqualTo(20);
    }

    @Test
    void reportsNamedNativeQueriesAndHibernateCustomSql() {
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(List.of(), ENTITY);

        assertThat(errors(diagnostics)).extracting(NativeQueryLintProcessorTest::summary).containsExactly(
                "Account.java:5 [distinct-on] SQL 1:8",
                "Account.java:6 [on-duplicate-key] SQL 1:40");
    }

    @Test
    void repeatedNamedNativeQueriesAreReportedOnTheAnnotatedClass() {
        List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(List.of(), REPEATED);

        assertThat(errors(diagnostics)).extracting(NativeQueryLintProcessorTest::summary).containsExactly(
                "Invoice.java:5 [for-update] SQL 1:17",
                "Invoice.java:5 [truncate] SQL 1:1");
    }

    @Test
    void severityOptionTurnsErrorsIntoWarnings() {
        List<Diagnostic<? extends JavaFileObject>> diagnostics =
                compile(List.of("-Alibsql4j.lint.severity=warning"), REPOSITORY);

        assertThat(errors(diagnostics)).isEmpty();
        assertThat(diagnostics).filteredOn(d -> d.getKind() == Diagnostic.Kind.WARNING)
                .extracting(d -> d.getMessage(Locale.ROOT)).anyMatch(m -> m.startsWith("[ilike]"));
    }

    @Test
    void targetOptionSelectsTheSqliteVersion() {
        String source = """
                package app;
                import org.springframework.data.jpa.repository.Query;
                interface R {
                    @Query(value = "DELETE FROM t WHERE id = ?1 RETURNING id", nativeQuery = true)
                    Object delete(long id);
                }
                """;

        assertThat(errors(compile(List.of(), source))).isEmpty();
        assertThat(errors(compile(List.of("-Alibsql4j.lint.target=3.34.1"), source)))
                .extracting(NativeQueryLintProcessorTest::summary).containsExactly("R.java:4 [returning] SQL 1:29");
    }

    @Test
    void invalidOptionIsACompileError() {
        assertThat(errors(compile(List.of("-Alibsql4j.lint.target=newest"), REPOSITORY)))
                .extracting(d -> d.getMessage(Locale.ROOT)).containsExactly("libsql4j sql-lint: Not a SQLite version (want 3.x or 3.x.y): newest");
    }

    private static List<Diagnostic<? extends JavaFileObject>> errors(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    /** {@code File.java:line [rule] SQL l:c}: where javac points, and where in the SQL the finding is. */
    private static String summary(Diagnostic<? extends JavaFileObject> diagnostic) {
        String message = diagnostic.getMessage(Locale.ROOT);
        String rule = message.substring(0, message.indexOf(']') + 1);
        String position = message.replaceAll("(?s).*\\(SQL line (\\d+), column (\\d+)\\).*", "$1:$2");
        String file = diagnostic.getSource().getName();
        return file.substring(file.lastIndexOf('/') + 1) + ":" + diagnostic.getLineNumber() + " " + rule + " SQL " + position;
    }

    private static List<Diagnostic<? extends JavaFileObject>> compile(List<String> options, String... sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        List<JavaFileObject> files = new ArrayList<>(List.of(
                source(QUERY_STUB), source(NAMED_NATIVE_QUERY_STUB), source(NAMED_NATIVE_QUERIES_STUB),
                source(SQL_INSERT_STUB), source(SQL_UPDATE_STUB)));
        for (String source : sources) {
            files.add(source(source));
        }
        List<String> arguments = new ArrayList<>(List.of("-proc:only"));
        arguments.addAll(options);
        JavaCompiler.CompilationTask task = compiler.getTask(null, null, collector, arguments, null, files);
        task.setProcessors(List.of(new NativeQueryLintProcessor()));
        task.call();
        return collector.getDiagnostics();
    }

    /** An in-memory source file named after its package and first declared type. */
    private static JavaFileObject source(String code) {
        String pkg = code.replaceAll("(?s)^\\s*package ([\\w.]+);.*", "$1");
        String type = code.replaceAll("(?s).*?(?:interface|class|@interface) (\\w+).*", "$1");
        URI uri = URI.create("string:///" + pkg.replace('.', '/') + "/" + type + ".java");
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }
}
