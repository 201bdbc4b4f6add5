package org.inversesuite.airfoil.solver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A fresh temporary directory for one XFOIL run, deleted with its contents on {@link #close()}. */
final class XfoilWorkDir implements AutoCloseable {
  private final Path path;

  private XfoilWorkDir(Path path) {
    this.path = path;
  }

  /** @throws UncheckedIOException if the directory cannot be created */
  static XfoilWorkDir create() {
    try {
      return new XfoilWorkDir(Files.createTempDirectory("inverse-xfoil-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for xfoil: " + e.getMessage(), e);
    }
  }

  /** @return the directory */
  Path path() {
    return path;
  }

  /** Deletes the directory and everything in it. */
  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete xfoil's temporary directory " + path + ": " + e.getMessage(), e);
    }
  }
}
