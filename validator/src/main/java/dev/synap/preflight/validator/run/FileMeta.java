package dev.synap.preflight.validator.run;

/** What the reader learns about a file; read by the caller after the reader has ended. */
final class FileMeta {
  final String name;
  volatile long size;
  volatile String sha256;
  volatile String format;
  volatile boolean gzip;
  volatile String profile;
  volatile String error;

  FileMeta(String name) {
    this.name = name;
  }
}
