package org.inversesuite.cli.tune;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.inversesuite.core.io.AtomicFiles;

/**
 * The vector width saved for the launcher: one line ("256") in {@code vector-bits} of the suite's configuration
 * folder, {@code $INVERSE_CONFIG_HOME}, else {@code $XDG_CONFIG_HOME/inversesuite}, else
 * {@code ~/.config/inversesuite}. The launcher turns it into {@code -XX:MaxVectorSize}; the environment variable
 * {@code INVERSE_VECTOR_BITS} overrides it (for a home folder shared by machines with different CPUs).
 *
 * @param file where the setting lives
 */
public record VectorBitsSetting(Path file) {
  /** Name of the setting's file in the configuration folder. */
  public static final String FILE_NAME = "vector-bits";

  /** @return the setting of this user, located as the launcher locates it */
  public static VectorBitsSetting ofUser() {
    return of(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** @return the setting located from these environment variables and home folder */
  static VectorBitsSetting of(Map<String, String> environment, Path home) {
    String own = environment.get("INVERSE_CONFIG_HOME");
    if (own != null && !own.isEmpty()) {
      return new VectorBitsSetting(Path.of(own, FILE_NAME));
    }
    String xdg = environment.get("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : home.resolve(".config");
    return new VectorBitsSetting(base.resolve("inversesuite").resolve(FILE_NAME));
  }

  /** @return the saved width, if the file exists */
  public Optional<String> read() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().map(String::trim);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Saves {@code bits} atomically. */
  public void write(int bits) {
    AtomicFiles.write(file, (bits + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Removes the setting: the launcher then runs at the JVM's widest vectors. */
  public void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + file + ": " + e.getMessage(), e);
    }
  }
}
