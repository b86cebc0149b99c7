/**
 * The reports of {@code preflight diff} (the catch-up diff of a new export against a load journal;
 * the engine is the loader's {@code diff} package): {@code diff-report.json} and {@code
 * diff-report.md}.
 */
package dev.synap.preflight.cli.diff;
