/**
 * Findings and per-item problems as log lines: {@code file:line:byte: severity kind: message [id]},
 * one per line, the form compilers and linters print and editors and CI parse. Every piece of text
 * from an export is made printable on one line first, so no terminal control sequence, line break
 * or bidi control from the export reaches the terminal.
 */
package dev.synap.preflight.reports.console;
