/**
 * What the verifier needs from a load journal: which document each memory came from, and each
 * loaded document's status and memories (coverage). The loader's journal is adapted to {@link
 * dev.synap.preflight.verifier.journal.LoadJournal}; {@link
 * dev.synap.preflight.verifier.journal.InMemoryLoadJournal} holds one in memory.
 */
package dev.synap.preflight.verifier.journal;
