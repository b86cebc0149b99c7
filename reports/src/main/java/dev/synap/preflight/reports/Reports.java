package dev.synap.preflight.reports;

import dev.synap.preflight.reports.model.ValidationReport;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Writes a report in several formats into one directory. */
public final class Reports {
  private Reports() {}

  /**
   * Renders {@code report} in each of {@code formats} and writes {@link ReportFormat#fileName()}
   * files into {@code dir}, creating it when missing. Formats are written in {@link ReportFormat}
   * declaration order whatever the set's order. Each file is written to a temporary file in {@code
   * dir} and then moved over the target (atomically where the file system allows), so a reader
   * never sees a half-written report and an existing report is replaced only by a complete one.
   *
   * @return the written files, in the order they were written
   * @throws IOException when the directory or a file cannot be written; files already written stay
   */
  public static List<Path> write(ValidationReport report, Set<ReportFormat> formats, Path dir)
      throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(formats, "formats");
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      if (formats.contains(format)) {
        byte[] bytes = format.writer().render(report);
        Path target = dir.resolve(format.fileName());
        writeAtomically(target, bytes);
        written.add(target);
      }
    }
    return List.copyOf(written);
  }

  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
