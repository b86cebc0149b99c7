/** Test doubles for the loader: an in-memory Synap with faults, crash points, export builders. */
package dev.synap.preflight.loader.testing;
