package dev.synap.preflight.rules.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A zip archive given as an export (e.g. a Mem0 OpenMemory backup, {@code memories_export_*.zip}):
 * it is never extracted (so no entry can be written anywhere); its entry names are read from the
 * local headers in the first bytes and reported, entries with path traversal or absolute paths
 * named as such.
 */
final class ZipNotice {
  private ZipNotice() {}

  static boolean isZip(byte[] head, int n) {
    return n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  /** Entry names from the central directory of a regular file (names only, nothing inflated). */
  static String describe(java.nio.file.Path path, byte[] head, int n) {
    List<String> names = new ArrayList<>();
    if (java.nio.file.Files.isRegularFile(path)) {
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(path.toFile())) {
        java.util.Enumeration<? extends java.util.zip.ZipEntry> e = zip.entries();
        while (e.hasMoreElements() && names.size() < 1000) {
          names.add(e.nextElement().getName());
        }
        return describe(names);
      } catch (java.io.IOException | RuntimeException e) {
        names.clear(); // a damaged central directory: fall back to the local headers
      }
    }
    return describe(head, n);
  }

  static String describe(byte[] head, int n) {
    List<String> names = new ArrayList<>();
    int i = 0;
    while (i + 30 <= n && names.size() < 50) {
      if (!(head[i] == 'P' && head[i + 1] == 'K' && head[i + 2] == 3 && head[i + 3] == 4)) {
        break;
      }
      int compressed = le32(head, i + 18);
      int nameLen = le16(head, i + 26);
      int extraLen = le16(head, i + 28);
      if (i + 30 + nameLen > n) {
        break;
      }
      names.add(new String(head, i + 30, nameLen, StandardCharsets.UTF_8));
      long next = (long) i + 30 + nameLen + extraLen + (compressed & 0xFFFFFFFFL);
      if (compressed == 0 || next > Integer.MAX_VALUE) {
        break;
      }
      i = (int) next;
    }
    return describe(names);
  }

  private static String describe(List<String> names) {
    List<String> hostile = new ArrayList<>();
    for (String name : names) {
      String norm = name.replace('\\', '/');
      if (norm.startsWith("/")
          || norm.matches("^[A-Za-z]:.*")
          || ("/" + norm + "/").contains("/../")) {
        hostile.add(name);
      }
    }
    StringBuilder sb =
        new StringBuilder(
            "a zip archive (a Mem0 OpenMemory backup?) is not read: it is never extracted; unzip it"
                + " yourself and pass memories.jsonl.gz or memories.json");
    if (!names.isEmpty()) {
      List<String> shown = names.size() > 50 ? names.subList(0, 50) : names;
      sb.append(
          String.format(Locale.ROOT, "; %d entries: %s", names.size(), String.join(", ", shown)));
    }
    if (!hostile.isEmpty()) {
      sb.append("; entries with path traversal or absolute paths (would escape the folder they")
          .append(" are unpacked in; do not unzip this file with a tool that follows them): ")
          .append(String.join(", ", hostile));
    }
    return sb.toString();
  }

  private static int le16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static int le32(byte[] b, int i) {
    return le16(b, i) | le16(b, i + 2) << 16;
  }
}
