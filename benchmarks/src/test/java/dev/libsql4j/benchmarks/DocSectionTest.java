package dev.libsql4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocSectionTest {

    @Test
    void aNewSectionIsAppendedAndAnExistingOneReplacedInPlace() {
        String once = DocSection.replace("# Benchmarks\n\ntext\n", "s", "first");
        assertThat(once).isEqualTo("# Benchmarks\n\ntext\n\n<!-- section:s -->\nfirst\n<!-- /section:s -->\n");
        String twice = DocSection.replace(once + "after\n", "s", "second");
        assertThat(twice).isEqualTo("# Benchmarks\n\ntext\n\n<!-- section:s -->\nsecond\n<!-- /section:s -->\nafter\n");
    }

    @Test
    void aRewriteOfTheWholeFileKeepsTheSectionsOfOtherSuites() {
        String previous = DocSection.replace(DocSection.replace("old report\n", "a", "A"), "b", "B");
        String rewritten = DocSection.carryOver(previous, "new report\n");
        assertThat(rewritten).startsWith("new report\n").contains("<!-- section:a -->\nA\n", "<!-- section:b -->\nB\n")
                .doesNotContain("old report");
    }
}
