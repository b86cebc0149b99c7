package dev.synap.preflight.reports.model;

/**
 * The tool that wrote the report.
 *
 * @param name the tool name, e.g. {@code synap-preflight}
 * @param version the tool version, e.g. {@code 0.1.0}
 */
public record ToolInfo(String name, String version) {}
