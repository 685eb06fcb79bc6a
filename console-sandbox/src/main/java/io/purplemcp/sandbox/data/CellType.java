package io.purplemcp.sandbox.data;

/** The SDL column cell types. */
public enum CellType {
    NUMBER,
    PERCENTAGE,
    STRING,
    TIMESTAMP
}
