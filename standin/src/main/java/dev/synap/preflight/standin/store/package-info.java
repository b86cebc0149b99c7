/**
 * The stand-in's state: ingestions and their asynchronous life cycle (queued → processing →
 * completed/failed), the memories extracted from each document (one per sentence or chat turn),
 * scope derivation and visibility (USER → CUSTOMER → CLIENT, B2C/B2B), duplicate {@code
 * document_id} handling, and the append-only, fsynced event log that makes every acknowledged write
 * survive a restart.
 */
package dev.synap.preflight.standin.store;
