package org.inversesuite.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void createsAndReplacesFiles() throws IOException {
    Path p = dir.resolve("a.txt");
    AtomicFiles.write(p, out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
    assertEquals("one", Files.readString(p));
    AtomicFiles.write(p, out -> out.write("two".getBytes(StandardCharsets.UTF_8)));
    assertEquals("two", Files.readString(p));
    assertEquals(List.of(p), listing());
  }

  @Test
  void failedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path p = dir.resolve("a.txt");
    Files.writeString(p, "old");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(p, out -> {
      out.write("partial".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertTrue(e.getMessage().contains(p.toString()) && e.getMessage().contains("disk full"), e.getMessage());
    assertEquals("old", Files.readString(p));
    assertEquals(List.of(p), listing());
  }

  @Test
  void missingDirectoryIsAnError() {
    Path p = dir.resolve("no/such/dir/a.txt");
    assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(p, out -> out.write(1)));
  }
}
