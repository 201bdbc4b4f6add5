package org.inversesuite.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> s = Files.list(directory)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesBytesAndCreatesParentDirectories() throws IOException {
    Path target = dir.resolve("a/b/c/file.bin");
    byte[] bytes = {1, 2, 3, (byte) 0xFF, 0};
    AtomicFiles.write(target, bytes);
    assertArrayEquals(bytes, Files.readAllBytes(target));
    assertEquals(List.of("file.bin"), names(target.getParent()));
  }

  @Test
  void replacesExistingContentAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("file.txt");
    AtomicFiles.write(target, "old content that is longer".getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
    assertEquals("new", Files.readString(target));
    assertEquals(List.of("file.txt"), names(dir));
  }

  @Test
  void streamingWriterMayCloseTheStreamAndWriteMoreThanOneBuffer() throws IOException {
    Path target = dir.resolve("big.bin");
    byte[] expected = new byte[200_000];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = (byte) (i * 31 + 7);
    }
    AtomicFiles.write(target, out -> {
      out.write(expected, 0, 100_000);
      for (int i = 100_000; i < expected.length; i++) {
        out.write(expected[i]);
      }
      out.close();
    });
    assertArrayEquals(expected, Files.readAllBytes(target));
    assertEquals(List.of("big.bin"), names(dir));
  }

  @Test
  void failingWriterKeepsPreviousFileAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("model.bin");
    AtomicFiles.write(target, "previous".getBytes(StandardCharsets.UTF_8));
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
      out.write(new byte[100_000]);
      throw new IOException("disk on fire");
    }));
    assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("disk on fire"), e.getMessage());
    assertEquals("previous", Files.readString(target));
    assertEquals(List.of("model.bin"), names(dir));
  }

  @Test
  void uncheckedFailureIsRethrownUnchangedAndCleanedUp() throws IOException {
    Path target = dir.resolve("model.bin");
    AtomicFiles.write(target, "previous".getBytes(StandardCharsets.UTF_8));
    IllegalStateException boom = new IllegalStateException("boom");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
      out.write(1);
      throw boom;
    }));
    assertSame(boom, e);
    assertEquals("previous", Files.readString(target));
    assertEquals(List.of("model.bin"), names(dir));
  }

  @Test
  void failingFirstWriteCreatesNoFile() throws IOException {
    Path target = dir.resolve("fresh.bin");
    assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
      throw new IOException("no");
    }));
    assertFalse(Files.exists(target));
    assertEquals(List.of(), names(dir));
  }

  @Test
  void directoryTargetIsRefusedNamingThePath() throws IOException {
    Path target = Files.createDirectory(dir.resolve("sub"));
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> AtomicFiles.write(target, new byte[] {1}));
    assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("directory"), e.getMessage());
    assertTrue(Files.isDirectory(target));
    assertEquals(List.of(), names(target));
  }

  @Test
  void unwritableParentIsReportedNamingThePath() throws IOException {
    Path blocker = dir.resolve("blocker");
    Files.writeString(blocker, "a plain file, not a directory");
    Path target = blocker.resolve("model.bin");
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> AtomicFiles.write(target, new byte[] {1}));
    assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
    assertEquals("a plain file, not a directory", Files.readString(blocker));
  }
}
