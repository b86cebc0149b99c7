/**
 * The {@code preflight} command line (picocli): the subcommands, the exit codes of DESIGN.md
 * ({@link dev.synap.preflight.cli.ExitCodes}), the stderr progress bar, the stdout summary and the
 * mapping of results into the report model. Nothing depends on this package.
 */
package dev.synap.preflight.cli;
