package dev.synap.preflight.validator.run;

import dev.synap.preflight.rules.profile.Profile;
import dev.synap.preflight.rules.read.RecordDecoder;

/** What workers need to know about the file a record came from. */
record FileContext(int fileIndex, String displayPath, Profile profile, RecordDecoder decoder) {}
