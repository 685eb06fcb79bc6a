package io.purplemcp.ports.in.tools;

/** The JSON types a tool parameter can take; the MCP side renders them as JSON Schema types. */
public enum ParameterType {
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    BOOLEAN("boolean");

    private final String jsonSchemaName;

    ParameterType(String jsonSchemaName) {
        this.jsonSchemaName = jsonSchemaName;
    }

    public String jsonSchemaName() {
        return jsonSchemaName;
    }
}
