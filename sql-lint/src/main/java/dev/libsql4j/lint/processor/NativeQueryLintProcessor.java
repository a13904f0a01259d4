package dev.libsql4j.lint.processor;

import dev.libsql4j.lint.Finding;
import dev.libsql4j.lint.Severity;
import dev.libsql4j.lint.SourceFile;
import dev.libsql4j.lint.SqlLinter;
import dev.libsql4j.lint.SqliteVersion;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Checks native SQL in annotations at compile time: Spring Data's {@code @Query(nativeQuery = true)}
 * and {@code @NativeQuery}, JPA's {@code @NamedNativeQuery}, Hibernate's {@code @SQLInsert},
 * {@code @SQLUpdate}, {@code @SQLDelete}, {@code @SQLDeleteAll} and {@code @SQLSelect}. Each
 * finding is reported on the annotation's SQL value, so the IDE underlines the string.
 *
 * <p>Options ({@code -A} on javac, {@code compilerArgs} in Maven):
 * <ul>
 *   <li>{@code libsql4j.lint.target=3.45.1} — the SQLite version the queries must run on;</li>
 *   <li>{@code libsql4j.lint.severity=warning} — report every finding as a warning (or {@code error});
 *       by default each rule's own severity applies, and errors fail the compilation;</li>
 *   <li>{@code libsql4j.lint.disable=rule-a,rule-b} — rule ids not to report.</li>
 * </ul>
 * The processor never claims the annotations, so other processors still see them.
 */
public final class NativeQueryLintProcessor extends AbstractProcessor {

    /** Option naming the target SQLite version. */
    public static final String TARGET_OPTION = "libsql4j.lint.target";
    /** Option forcing one severity for every finding. */
    public static final String SEVERITY_OPTION = "libsql4j.lint.severity";
    /** Option listing rule ids to skip. */
    public static final String DISABLE_OPTION = "libsql4j.lint.disable";

    private SqlLinter linter;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Arrays.stream(NativeQueryAnnotation.values()).map(NativeQueryAnnotation::qualifiedName).collect(Collectors.toSet());
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(TARGET_OPTION, SEVERITY_OPTION, DISABLE_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        try {
            linter = configure(environment.getOptions());
        } catch (IllegalArgumentException e) {
            environment.getMessager().printMessage(Diagnostic.Kind.ERROR, "libsql4j sql-lint: " + e.getMessage());
        }
    }

    private static SqlLinter configure(Map<String, String> options) {
        SqlLinter.Builder builder = SqlLinter.builder();
        Optional.ofNullable(options.get(TARGET_OPTION)).map(SqliteVersion::parse).ifPresent(builder::targetVersion);
        Optional.ofNullable(options.get(SEVERITY_OPTION)).map(Severity::parse).ifPresent(builder::severityForAll);
        Optional.ofNullable(options.get(DISABLE_OPTION)).ifPresent(list -> Arrays.stream(list.split(","))
                .map(String::trim).filter(id -> !id.isEmpty()).forEach(builder::disable));
        return builder.build();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (linter == null) {
            return false;
        }
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
                    NativeQueryAnnotation.byName(qualifiedName(mirror))
                            .filter(kind -> kind.qualifiedName().equals(annotation.getQualifiedName().toString()))
                            .ifPresent(kind -> check(element, mirror, mirror, kind));
                }
            }
        }
        return false;
    }

    /** Lints one annotation; {@code reported} is the mirror present on the element (the container, for repeated ones). */
    private void check(Element element, AnnotationMirror reported, AnnotationMirror annotation, NativeQueryAnnotation kind) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                processingEnv.getElementUtils().getElementValuesWithDefaults(annotation);
        if (kind.isContainer()) {
            member(values, kind.sqlMember()).ifPresent(value -> {
                for (Object nested : (List<?>) value.getValue()) {
                    AnnotationMirror nestedMirror = (AnnotationMirror) ((AnnotationValue) nested).getValue();
                    NativeQueryAnnotation.byName(qualifiedName(nestedMirror))
                            .ifPresent(nestedKind -> check(element, reported, nestedMirror, nestedKind));
                }
            });
            return;
        }
        boolean isNative = kind.nativeFlag().flatMap(flag -> member(values, flag))
                .map(flag -> Boolean.TRUE.equals(flag.getValue())).orElse(true);
        Optional<AnnotationValue> sql = member(values, kind.sqlMember());
        if (!isNative || sql.isEmpty() || !(sql.get().getValue() instanceof String text) || text.isBlank()) {
            return;
        }
        String name = element + " @" + annotation.getAnnotationType().asElement().getSimpleName();
        for (Finding finding : linter.lint(SourceFile.of(name, text))) {
            report(finding, element, reported, reported == annotation ? sql.get() : null);
        }
    }

    private void report(Finding finding, Element element, AnnotationMirror mirror, AnnotationValue value) {
        Messager messager = processingEnv.getMessager();
        Diagnostic.Kind kind = finding.severity() == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
        String message = "[" + finding.ruleId() + "] " + finding.message() + " (SQL line " + finding.line()
                + ", column " + finding.column() + ")" + System.lineSeparator() + "  suggestion: " + finding.suggestion();
        if (value != null) {
            messager.printMessage(kind, message, element, mirror, value);
        } else {
            messager.printMessage(kind, message, element, mirror);
        }
    }

    private static Optional<AnnotationValue> member(Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
        return values.entrySet().stream()
                .filter(entry -> entry.getKey().getSimpleName().contentEquals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .map(AnnotationValue.class::cast);
    }

    private static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
