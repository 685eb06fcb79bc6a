package io.purplemcp.domain.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.domain.findings.alerts.AlertsFamily;
import io.purplemcp.domain.findings.fields.FieldSpec;
import io.purplemcp.domain.findings.fields.FieldsArgument;
import io.purplemcp.domain.findings.filters.FiltersArgument;
import io.purplemcp.domain.findings.misconfigurations.MisconfigurationsFamily;
import io.purplemcp.domain.findings.tools.FindingFamily;
import io.purplemcp.domain.findings.vulnerabilities.VulnerabilitiesFamily;
import io.purplemcp.domain.tools.InvalidArgument;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.findings.Selection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the model sends as {@code fields} or {@code filters}, the tools either accept it or answer with
 * a validation message: no other exception escapes, and an accepted selection holds only names of the
 * family's specification.
 */
class FindingsArgumentsPropertyTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static final List<String> WORDS = List.of(
            "id",
            "asset",
            "name",
            "cloudInfo",
            "region",
            "scope",
            "account",
            "cve",
            "riskScore",
            "policy",
            "cnapp",
            "severity",
            "dataSources",
            "__typename",
            "__schema",
            "foo",
            "1x",
            "a-b",
            "{",
            "}",
            "{",
            "}",
            " ",
            "  ",
            "...",
            "@",
            "#",
            "(",
            ")",
            "[",
            "]",
            "$",
            "!",
            ":",
            ",",
            ".",
            "\"",
            "\\",
            "\n",
            "é");

    @Property(tries = 300)
    void anyFieldsTextIsAcceptedOrRefusedPolitely(
            @ForAll("families") FindingFamily family, @ForAll("fieldsTexts") String text) {
        try {
            var selection = FieldsArgument.selection(Optional.of(text), family.records());
            assertThat(names(selection.items()))
                    .isSubsetOf(specNames(family.records().record()));
            assertThat(selection.items().get(0)).isEqualTo(Selection.Field.scalar("id"));
        } catch (InvalidArgument refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void anyFiltersTextIsAcceptedOrRefusedPolitely(
            @ForAll("families") FindingFamily family, @ForAll("filtersTexts") String text) {
        try {
            var filters = FiltersArgument.parse(Optional.of(text), family.filters());
            assertThat(filters.size()).isLessThanOrEqualTo(FiltersArgument.MAX_FILTERS);
            filters.forEach(filter -> assertThat(family.filters().operators()).contains(filter.operator()));
        } catch (InvalidArgument refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 200)
    void theSearchToolsNeverCrashOnTheirArguments(
            @ForAll("searchTools") String tool,
            @ForAll("filtersTexts") String filters,
            @ForAll("fieldsTexts") String fields) {
        var calls = new FindingsCalls();
        var result = calls.call(tool, "filters", filters, "fields", fields);
        if (result instanceof ToolResult.Failure failure) {
            assertThat(failure.message()).doesNotContain("failed unexpectedly");
        } else {
            assertThat(result).isInstanceOf(ToolResult.Structured.class);
        }
    }

    @Provide
    Arbitrary<FindingFamily> families() {
        return Arbitraries.of(
                List.of(AlertsFamily.family(), VulnerabilitiesFamily.family(), MisconfigurationsFamily.family()));
    }

    @Provide
    Arbitrary<String> searchTools() {
        return Arbitraries.of("search_alerts", "search_vulnerabilities", "search_misconfigurations");
    }

    @Provide
    Arbitrary<String> fieldsTexts() {
        Arbitrary<String> entry = Arbitraries.oneOf(
                Arbitraries.of(WORDS).list().ofMaxSize(12).map(words -> String.join("", words)),
                Arbitraries.of(WORDS).list().ofMaxSize(8).map(words -> String.join(" ", words)),
                Arbitraries.strings().ofMaxLength(20));
        Arbitrary<String> arrays = entry.list().ofMaxSize(8).map(FindingsArgumentsPropertyTest::write);
        return Arbitraries.oneOf(arrays, arrays, Arbitraries.strings().ofMaxLength(30), jsonValues());
    }

    @Provide
    Arbitrary<String> filtersTexts() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(8).map(text -> (Object) text),
                Arbitraries.of("1730289600000", " 17 ", "1_000", "yes", "off", "maybe", "1.5", "")
                        .map(text -> (Object) text),
                Arbitraries.longs().map(number -> (Object) number),
                Arbitraries.of(0L, 1L, 100_000_000_000L, 9_999_999_999_999L, 10_000_000_000_000L, -1L)
                        .map(number -> (Object) number),
                Arbitraries.doubles().map(number -> (Object) number),
                Arbitraries.of(true, false).map(flag -> (Object) flag),
                Arbitraries.just((Object) null));
        Arbitrary<Object> value =
                Arbitraries.oneOf(leaf, leaf.list().ofMaxSize(5).map(list -> (Object) list));
        Arbitrary<String> key = Arbitraries.of(
                "fieldId",
                "filterType",
                "isNegated",
                "value",
                "values",
                "start",
                "end",
                "startInclusive",
                "endInclusive",
                "other");
        Arbitrary<Object> filterType = Arbitraries.oneOf(
                Arbitraries.of(
                                "string_equals",
                                "string_in",
                                "int_equals",
                                "int_in",
                                "int_range",
                                "long_equals",
                                "long_in",
                                "long_range",
                                "boolean_equals",
                                "boolean_in",
                                "datetime_range",
                                "fulltext",
                                "fulltext_in",
                                "string_contains",
                                "EQUALS")
                        .map(type -> (Object) type),
                leaf);
        Arbitrary<Object> filter = Combinators.combine(
                        Arbitraries.maps(key, value).ofMaxSize(6),
                        filterType,
                        Arbitraries.oneOf(Arbitraries.just((Object) "severity"), leaf),
                        Arbitraries.of(true, true, true, false))
                .as((map, type, fieldId, complete) -> {
                    var object = new java.util.LinkedHashMap<String, Object>(map);
                    if (complete) {
                        object.put("fieldId", fieldId);
                        object.put("filterType", type);
                    }
                    return (Object) object;
                });
        Arbitrary<String> arrays =
                Arbitraries.oneOf(filter, leaf).list().ofMaxSize(5).map(FindingsArgumentsPropertyTest::write);
        return Arbitraries.oneOf(arrays, arrays, arrays, Arbitraries.strings().ofMaxLength(30), jsonValues());
    }

    private static Arbitrary<String> jsonValues() {
        return Arbitraries.of("null", "{}", "\"x\"", "[", "[[[]]]", "[{}]", "[null]", "7", "[{\"fieldId\":");
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> names(List<Selection.Item> items) {
        var names = new HashSet<String>();
        for (var item : items) {
            if (item instanceof Selection.Field field) {
                names.add(field.name());
                names.addAll(names(field.children()));
            } else {
                var member = (Selection.OnType) item;
                names.add(member.typeName());
                names.addAll(names(member.children()));
            }
        }
        return names;
    }

    private static Set<String> specNames(FieldSpec spec) {
        var names = new HashSet<String>();
        var pending = new ArrayList<>(spec.children());
        while (!pending.isEmpty()) {
            var next = pending.remove(pending.size() - 1);
            names.add(next.name());
            pending.addAll(next.children());
        }
        return names;
    }
}
