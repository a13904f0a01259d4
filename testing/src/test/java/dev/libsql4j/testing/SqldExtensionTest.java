package dev.libsql4j.testing;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.libsql4j.testing.ProcessAssertions.assertProcessGone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** The extension's lifecycle, checked by running small test classes through the JUnit engine. */
class SqldExtensionTest {

    @Test
    void stopsTheServerAfterTheClassEvenWhenATestFails() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ClassWithAFailingTest.class))
                .execute()
                .testEvents();

        tests.assertStatistics(stats -> stats.succeeded(1).failed(1));
        assertThat(ClassWithAFailingTest.PIDS).hasSize(2).containsOnly(ClassWithAFailingTest.PIDS.get(0));
        assertProcessGone(ClassWithAFailingTest.PIDS.get(0));
    }

    @Test
    void nestedClassesShareTheOuterClassServer() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ClassWithNestedTests.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(2).failed(0));

        assertThat(ClassWithNestedTests.PIDS).hasSize(2).containsOnly(ClassWithNestedTests.PIDS.get(0));
        assertProcessGone(ClassWithNestedTests.PIDS.get(0));
    }

    @Test
    void accessorsExplainMisuse() {
        SqldExtension standalone = SqldExtension.standalone();
        assertThatThrownBy(standalone::node).hasMessageContaining("static field");
        assertThatThrownBy(standalone::jwt).hasMessageContaining("withAuth()");
        assertThatThrownBy(standalone::cluster).hasMessageContaining("cluster(n)");
    }

    /** Run only through EngineTestKit above (Surefire does not pick up nested static classes). */
    static class ClassWithAFailingTest {

        static final List<Long> PIDS = new CopyOnWriteArrayList<>();

        @RegisterExtension
        static final SqldExtension SQLD = SqldExtension.standalone();

        @Test
        void passes() {
            PIDS.add(SQLD.node().pid());
        }

        @Test
        void fails() {
            PIDS.add(SQLD.node().pid());
            throw new AssertionError("deliberate failure");
        }
    }

    /** Run only through EngineTestKit above. */
    static class ClassWithNestedTests {

        static final List<Long> PIDS = new CopyOnWriteArrayList<>();

        @RegisterExtension
        static final SqldExtension SQLD = SqldExtension.custom(node -> node.arg("--max-response-size", "1MB"));

        @Test
        void outer() {
            PIDS.add(SQLD.node().pid());
        }

        @Nested
        class Inner {
            @Test
            void inner() {
                PIDS.add(SQLD.node().pid());
            }
        }
    }
}
