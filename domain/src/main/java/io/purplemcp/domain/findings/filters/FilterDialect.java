package io.purplemcp.domain.findings.filters;

import io.purplemcp.ports.out.findings.FilterOperator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The filter types one findings API accepts, by the names the model writes ({@code string_in}, …). */
public record FilterDialect(String apiName, Set<FilterOperator> operators) {

    public FilterDialect {
        operators = Set.copyOf(operators);
        if (operators.isEmpty()) {
            throw new IllegalArgumentException("a dialect has filter types");
        }
    }

    /** Every filter type. */
    public static FilterDialect all(String apiName) {
        return new FilterDialect(apiName, EnumSet.allOf(FilterOperator.class));
    }

    public static FilterDialect allBut(String apiName, FilterOperator... excluded) {
        var operators = EnumSet.allOf(FilterOperator.class);
        operators.removeAll(List.of(excluded));
        return new FilterDialect(apiName, operators);
    }

    /** The name the model writes for {@code operator}: {@code STRING_IN} is {@code string_in}. */
    public static String typeName(FilterOperator operator) {
        return operator.name().toLowerCase(Locale.ROOT);
    }

    public Optional<FilterOperator> operator(String typeName) {
        return operators.stream()
                .filter(operator -> typeName(operator).equals(typeName))
                .findFirst();
    }

    /** The supported type names in declaration order. */
    public List<String> typeNames() {
        return EnumSet.copyOf(operators).stream().map(FilterDialect::typeName).toList();
    }
}
