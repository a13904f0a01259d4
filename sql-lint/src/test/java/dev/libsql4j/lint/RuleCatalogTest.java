package dev.libsql4j.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

    @Test
    void everyRuleHasAKebabCaseIdAMessageAndASuggestion() {
        assertThat(RuleCatalog.standard().descriptors()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(rule.message()).isNotBlank();
            assertThat(rule.suggestion()).isNotBlank();
        });
    }

    @Test
    void descriptorsAreSortedByIdAndUnique() {
        assertThat(RuleCatalog.standard().descriptors()).extracting(RuleDescriptor::id).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void readmeDocumentsEveryRule() throws Exception {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(RuleCatalog.standard().descriptors())
                .allSatisfy(rule -> assertThat(readme).contains("| `" + rule.id() + "` |"));
    }

    @Test
    void versionedRulesApplyOnlyBelowTheirVersion() {
        RuleDescriptor returning = RuleCatalog.standard().descriptor("returning").orElseThrow();

        assertThat(returning.since()).contains(SqliteVersion.of(35));
        assertThat(returning.appliesTo(SqliteVersion.parse("3.34.1"))).isTrue();
        assertThat(returning.appliesTo(SqliteVersion.SQLD_DEFAULT)).isFalse();
    }
}
