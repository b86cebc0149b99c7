/**
 * The load workflow as a library call, without a command line ({@link
 * dev.synap.preflight.loader.workflow.LoadWorkflow}): validate the export, apply the validator's
 * gate, print the plan, write or check the journal header (in the current journal format), run the
 * load, hand the outcome to a report writer, and decide the exit code. {@code preflight load} is a
 * thin shell over it; tests and other front ends call it directly.
 */
package dev.synap.preflight.loader.workflow;
