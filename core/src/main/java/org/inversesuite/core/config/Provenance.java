package org.inversesuite.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.inversesuite.core.tensor.Nd4jRuntime;
import org.inversesuite.core.tensor.VectorWidth;

/**
 * Where a result came from, stored next to every trained model and run (after Tribuo's
 * provenance): code version and commit, runtime, machine, seed and a fingerprint of the data.
 *
 * @param suiteVersion version of the suite's jars ("development" when run from classes)
 * @param gitCommit commit of the working directory's git checkout, or "unknown"
 * @param java Java runtime version and vendor
 * @param nd4j the ND4J native build that loaded
 * @param cpu processor model
 * @param cores available processors
 * @param seed the experiment seed
 * @param dataFingerprint SHA-256 of the training data or of the simulator's id and config
 * @param createdUtc ISO-8601 time of creation
 * @param vectorWidth the Vector API kernels' width, e.g. "512 bits (16 float lanes)": a training's last bits depend
 *     on it (docs/reproducibility.md)
 */
public record Provenance(String suiteVersion, String gitCommit, String java, Nd4jRuntime nd4j, String cpu, int cores,
    long seed, String dataFingerprint, String createdUtc, String vectorWidth) {

  /** @return the provenance of the current process for a run with this seed and data fingerprint */
  public static Provenance current(long seed, String dataFingerprint) {
    String version = Provenance.class.getPackage().getImplementationVersion();
    return new Provenance(version == null ? "development" : version, readGitCommit(),
        System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")", Nd4jRuntime.detect(), readCpuModel(),
        Runtime.getRuntime().availableProcessors(), seed, dataFingerprint, Instant.now().toString(),
        VectorWidth.current().toString());
  }

  /** @return hex SHA-256 of the UTF-8 bytes of {@code text} */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** @return hex SHA-256 of {@code bytes} */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static String readGitCommit() {
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      boolean done = p.waitFor(5, TimeUnit.SECONDS);
      return done && p.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  private static String readCpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      return System.getProperty("os.arch");
    }
    return System.getProperty("os.arch");
  }
}
