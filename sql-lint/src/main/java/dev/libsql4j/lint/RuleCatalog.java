package dev.libsql4j.lint;

import dev.libsql4j.lint.rules.AlterTableRules;
import dev.libsql4j.lint.rules.ClauseRules;
import dev.libsql4j.lint.rules.CollationRule;
import dev.libsql4j.lint.rules.ColumnDefinitionRules;
import dev.libsql4j.lint.rules.DmlRules;
import dev.libsql4j.lint.rules.DropRules;
import dev.libsql4j.lint.rules.FunctionRules;
import dev.libsql4j.lint.rules.IndexRules;
import dev.libsql4j.lint.rules.QualifiedNameRule;
import dev.libsql4j.lint.rules.Rule;
import dev.libsql4j.lint.rules.StatementFormRules;
import dev.libsql4j.lint.rules.TableRules;
import dev.libsql4j.lint.rules.TriggerRules;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule the linter knows, with its id, default severity, message, fix and the SQLite
 * version that lifts it. This is the list documentation tables and build plugins read;
 * {@link #UNPARSEABLE} is the linter's own verdict on statements it cannot read.
 */
public final class RuleCatalog {

    /** Reported for a statement that is neither parseable SQL nor a known SQLite statement. */
    public static final RuleDescriptor UNPARSEABLE = RuleDescriptor.unsupported("unparseable", Severity.WARNING,
            "the statement could not be parsed, so it was not checked",
            "check the syntax; if it is valid SQLite, suppress with -- libsql4j-lint: ignore unparseable and report it to libsql4j");

    private static final RuleCatalog STANDARD = new RuleCatalog(List.of(
            new StatementFormRules(), new AlterTableRules(), new TableRules(), new ColumnDefinitionRules(),
            new IndexRules(), new DropRules(), new TriggerRules(), new ClauseRules(), new DmlRules(),
            new FunctionRules(), new CollationRule(), new QualifiedNameRule()));

    private final List<Rule> rules;
    private final Map<String, RuleDescriptor> descriptors;

    private RuleCatalog(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
        byId.put(UNPARSEABLE.id(), UNPARSEABLE);
        for (Rule rule : rules) {
            for (RuleDescriptor descriptor : rule.descriptors()) {
                RuleDescriptor previous = byId.putIfAbsent(descriptor.id(), descriptor);
                if (previous != null && !previous.equals(descriptor)) {
                    throw new IllegalStateException("Rule id " + descriptor.id() + " is defined twice, differently");
                }
            }
        }
        this.descriptors = Map.copyOf(byId);
    }

    /** The rules libsql4j ships. */
    public static RuleCatalog standard() {
        return STANDARD;
    }

    /** The rule families, in the order they run. */
    public List<Rule> rules() {
        return rules;
    }

    /** Every rule id's descriptor, sorted by id. */
    public List<RuleDescriptor> descriptors() {
        return descriptors.values().stream().sorted(Comparator.comparing(RuleDescriptor::id)).toList();
    }

    /** The descriptor of {@code ruleId}, if it exists. */
    public Optional<RuleDescriptor> descriptor(String ruleId) {
        return Optional.ofNullable(descriptors.get(ruleId));
    }
}
