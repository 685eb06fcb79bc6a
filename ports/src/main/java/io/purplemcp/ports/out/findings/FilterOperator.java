package io.purplemcp.ports.out.findings;

/** What a filter compares, and the shape and type of the values it compares with. */
public enum FilterOperator {
    STRING_EQUALS(Shape.ONE, ValueType.STRING),
    STRING_IN(Shape.MANY, ValueType.STRING),
    INT_EQUALS(Shape.ONE, ValueType.INT),
    INT_IN(Shape.MANY, ValueType.INT),
    INT_RANGE(Shape.RANGE, ValueType.INT),
    LONG_EQUALS(Shape.ONE, ValueType.LONG),
    LONG_IN(Shape.MANY, ValueType.LONG),
    LONG_RANGE(Shape.RANGE, ValueType.LONG),
    BOOLEAN_EQUALS(Shape.ONE, ValueType.BOOLEAN),
    BOOLEAN_IN(Shape.MANY, ValueType.BOOLEAN),
    /** Epoch milliseconds. */
    DATETIME_RANGE(Shape.RANGE, ValueType.LONG),
    /** Matches records whose field contains the term (case-insensitive). */
    FULLTEXT(Shape.MANY, ValueType.STRING),
    /** Matches records whose field contains any of the terms. */
    FULLTEXT_IN(Shape.MANY, ValueType.STRING);

    /** One value, a list of values, or a range of numbers. */
    public enum Shape {
        ONE,
        MANY,
        RANGE
    }

    /** The JSON values an operator takes: text, 32- or 64-bit integers, or booleans. */
    public enum ValueType {
        STRING,
        INT,
        LONG,
        BOOLEAN
    }

    private final Shape shape;
    private final ValueType valueType;

    FilterOperator(Shape shape, ValueType valueType) {
        this.shape = shape;
        this.valueType = valueType;
    }

    public Shape shape() {
        return shape;
    }

    public ValueType valueType() {
        return valueType;
    }
}
