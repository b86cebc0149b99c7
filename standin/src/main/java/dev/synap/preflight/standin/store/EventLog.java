package dev.synap.preflight.standin.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The append-only state log in the state directory: one JSON event per line, forced to disk before
 * the write it records is acknowledged. A final line cut short by a crash was never acknowledged
 * and is discarded on replay; any other unreadable line stops the start.
 */
public final class EventLog implements Closeable {
  /** The log's file name inside the state directory. */
  public static final String FILE_NAME = "standin-events.jsonl";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final FileChannel channel;

  private EventLog(FileChannel channel) {
    this.channel = channel;
  }

  /** Opens (creating if needed) the log in {@code dir}, replaying every complete event first. */
  public static EventLog open(Path dir, Consumer<LogEvent> replay) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE_NAME);
    long goodLength = Files.exists(file) ? replay(file, replay) : 0;
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    channel.truncate(goodLength);
    channel.position(goodLength);
    return new EventLog(channel);
  }

  private static long replay(Path file, Consumer<LogEvent> replay) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int start = 0;
    int line = 0;
    while (start < bytes.length) {
      int end = indexOf(bytes, start);
      if (end < 0) {
        return start; // torn tail: never acknowledged
      }
      line++;
      if (end > start) {
        try {
          replay.accept(MAPPER.readValue(bytes, start, end - start, LogEvent.class));
        } catch (IOException e) {
          throw new IOException(file + " line " + line + ": unreadable state event", e);
        }
      }
      start = end + 1;
    }
    return bytes.length;
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Appends one event and forces it to disk. */
  public synchronized void append(LogEvent event) throws IOException {
    byte[] json = MAPPER.writeValueAsString(event).getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(false);
  }

  @Override
  public synchronized void close() throws IOException {
    channel.close();
  }
}
