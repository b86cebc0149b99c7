/**
 * The Synap contract, written once: what a sendable document is ({@link
 * dev.synap.preflight.rules.contract.SendableDocument}: fields, defaults, vocabularies, identities
 * per instance), how {@code document_created_at} is read and sent ({@link
 * dev.synap.preflight.rules.contract.SynapTimestamp}), and how a refusal is worded ({@link
 * dev.synap.preflight.rules.contract.Refusal}). The validator's checks, {@code map} and the loader
 * all decide through here, so a document {@code validate} passes at {@code error} is one {@code
 * load} sends, and a document {@code load} refuses is an error finding with the same reason.
 */
package dev.synap.preflight.rules.contract;
