package io.purplemcp.sandbox.data;

/**
 * A detection (alert / indicator) with its MITRE ATT&amp;CK mapping.
 *
 * @param name the detection name as the console shows it
 * @param techniqueId the ATT&amp;CK technique id, e.g. {@code T1059.001}
 * @param technique the technique name
 * @param tactic the ATT&amp;CK tactic
 * @param severity {@code LOW}, {@code MEDIUM}, {@code HIGH} or {@code CRITICAL}
 */
public record Detection(String name, String techniqueId, String technique, String tactic, String severity) {}
