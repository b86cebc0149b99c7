package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.read.JsonRecordDecoder;
import dev.synap.preflight.rules.read.RecordDecoder;
import dev.synap.preflight.rules.source.Identities;

/**
 * What workers need to know about the file a record came from.
 *
 * @param wholeDocument the file is read as one record (a profile that maps whole documents)
 * @param json the JSON decoder for double-encoded documents
 * @param identities identity mapping and defaults applied to every document
 */
record FileContext(
    int fileIndex,
    String displayPath,
    Profile profile,
    RecordDecoder decoder,
    boolean wholeDocument,
    JsonRecordDecoder json,
    Identities identities) {

  /** The context of file {@code index} under the run's options. */
  static FileContext of(
      int index, String name, Profile profile, RecordDecoder decoder, boolean whole, RunOptions o) {
    return new FileContext(
        index,
        name,
        profile,
        decoder,
        whole,
        new JsonRecordDecoder(o.config().limits()),
        o.identityMapping());
  }
}
