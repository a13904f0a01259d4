package dev.libsql4j.lint.processor;

import java.util.Arrays;
import java.util.Optional;

/**
 * The annotations whose strings are native SQL, matched by fully-qualified name so that the
 * processor needs neither Spring Data nor Hibernate nor JPA on its class path.
 */
enum NativeQueryAnnotation {

    /** Spring Data JPA; only SQL when {@code nativeQuery = true}. */
    SPRING_QUERY("org.springframework.data.jpa.repository.Query", "value", "nativeQuery"),
    /** Spring Data JPA 3.4+: always native. */
    SPRING_NATIVE_QUERY("org.springframework.data.jpa.repository.NativeQuery", "value", null),
    JAKARTA_NAMED_NATIVE_QUERY("jakarta.persistence.NamedNativeQuery", "query", null),
    JAVAX_NAMED_NATIVE_QUERY("javax.persistence.NamedNativeQuery", "query", null),
    HIBERNATE_SQL_INSERT("org.hibernate.annotations.SQLInsert", "sql", null),
    HIBERNATE_SQL_UPDATE("org.hibernate.annotations.SQLUpdate", "sql", null),
    HIBERNATE_SQL_DELETE("org.hibernate.annotations.SQLDelete", "sql", null),
    HIBERNATE_SQL_DELETE_ALL("org.hibernate.annotations.SQLDeleteAll", "sql", null),
    HIBERNATE_SQL_SELECT("org.hibernate.annotations.SQLSelect", "sql", null),
    /** Containers of repeated annotations: their {@code value} holds the annotations above. */
    JAKARTA_NAMED_NATIVE_QUERIES("jakarta.persistence.NamedNativeQueries", "value", null),
    JAVAX_NAMED_NATIVE_QUERIES("javax.persistence.NamedNativeQueries", "value", null);

    private final String qualifiedName;
    private final String sqlMember;
    private final String nativeFlag;

    NativeQueryAnnotation(String qualifiedName, String sqlMember, String nativeFlag) {
        this.qualifiedName = qualifiedName;
        this.sqlMember = sqlMember;
        this.nativeFlag = nativeFlag;
    }

    /** The annotation's fully-qualified name. */
    String qualifiedName() {
        return qualifiedName;
    }

    /** The member holding the SQL (or, for containers, the nested annotations). */
    String sqlMember() {
        return sqlMember;
    }

    /** The boolean member that must be true for the string to be SQL, if any. */
    Optional<String> nativeFlag() {
        return Optional.ofNullable(nativeFlag);
    }

    /** True for the repeatable-annotation containers. */
    boolean isContainer() {
        return this == JAKARTA_NAMED_NATIVE_QUERIES || this == JAVAX_NAMED_NATIVE_QUERIES;
    }

    static Optional<NativeQueryAnnotation> byName(String qualifiedName) {
        return Arrays.stream(values()).filter(a -> a.qualifiedName.equals(qualifiedName)).findFirst();
    }
}
