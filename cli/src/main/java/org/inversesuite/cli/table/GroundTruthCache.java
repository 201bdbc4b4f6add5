package org.inversesuite.cli.table;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inversesuite.core.baseline.AbcResult;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.io.AtomicFiles;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * The rejection-ABC ground truth of each task on disk, {@code ground-truth-<task>.bin}, so that
 * a resumed or extended table run never recomputes it. Written atomically in one file: the
 * format tag, the provenance as JSON, the observations, the proposal count, the ABC wall time,
 * then per observation its acceptance count and kept samples (float64, big-endian).
 *
 * <p>A cache is reused only when its provenance equals the requested one and its observations
 * equal the ones the run simulates now; otherwise {@link #load} refuses it with a message naming
 * every setting that differs (a cache made with other settings is never silently reused).
 */
public final class GroundTruthCache {
  private static final String FORMAT = "inverse-suite abc ground truth v1";

  private final Path dir;

  /** @param dir folder of the cache files (usually the run folder) */
  public GroundTruthCache(Path dir) {
    this.dir = dir;
  }

  /** @return the cache file of a task */
  public Path file(String task) {
    return dir.resolve("ground-truth-" + task + ".bin");
  }

  /**
   * @param expected the settings the run asks for
   * @param observations the observations the run simulated, shape [N, dy]
   * @param refuseOther true: a cache made with other settings or observations is an error; false:
   *     it is treated as absent (the caller recomputes and replaces it)
   * @return the cached ground truth, empty if there is no (usable) cache file for the task
   * @throws IllegalArgumentException if the cache is malformed, or was made with other settings or
   *     observations and {@code refuseOther} is set
   */
  public Optional<GroundTruth> load(GroundTruthProvenance expected, Matrix observations, boolean refuseOther) {
    Path file = file(expected.task());
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    GroundTruth cached = read(file);
    List<String> diff = cached.provenance().differences(expected);
    boolean same = diff.isEmpty() && equal(cached.observations(), observations);
    if (!same && !refuseOther) {
      return Optional.empty();
    }
    if (!diff.isEmpty()) {
      throw new IllegalArgumentException("the ABC ground truth cached in " + file + " was made with other settings: "
          + String.join("; ", diff) + ". Rerun with the cached settings, use another --out, or pass --force to "
          + "recompute it");
    }
    if (!equal(cached.observations(), observations)) {
      throw new IllegalArgumentException("the ABC ground truth cached in " + file + " holds other observations than "
          + "this run simulates for the same seed (has the task's simulator changed?); pass --force to recompute it");
    }
    return Optional.of(cached);
  }

  /** Writes the ground truth of its task atomically, replacing an older cache. */
  public void save(GroundTruth truth) {
    AbcResult abc = truth.abc();
    AtomicFiles.write(file(truth.provenance().task()), stream -> {
      DataOutputStream out = new DataOutputStream(stream);
      out.writeUTF(FORMAT);
      out.writeUTF(Json.mapper().writeValueAsString(truth.provenance()));
      writeMatrix(out, truth.observations());
      out.writeLong(abc.proposals());
      out.writeDouble(truth.seconds());
      long[] accepted = abc.acceptedCounts();
      for (int j = 0; j < accepted.length; j++) {
        out.writeLong(accepted[j]);
        writeMatrix(out, abc.samples(j));
      }
      out.flush();
    });
  }

  private static GroundTruth read(Path file) {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      String format = in.readUTF();
      if (!FORMAT.equals(format)) {
        throw new IllegalArgumentException(file + " is not an ABC ground-truth cache (format '" + format + "')");
      }
      GroundTruthProvenance provenance = Json.mapper().readValue(in.readUTF(), GroundTruthProvenance.class);
      Matrix observations = readMatrix(in, file);
      long proposals = in.readLong();
      double seconds = in.readDouble();
      long[] accepted = new long[observations.rows()];
      List<Matrix> samples = new ArrayList<>();
      for (int j = 0; j < accepted.length; j++) {
        accepted[j] = in.readLong();
        samples.add(readMatrix(in, file));
      }
      if (in.read() != -1) {
        throw new IllegalArgumentException(file + " has trailing bytes: not a complete ABC ground-truth cache");
      }
      AbcResult abc = new AbcResult(samples, accepted, proposals, provenance.epsilon(), provenance.target());
      return new GroundTruth(provenance, observations, abc, seconds);
    } catch (EOFException e) {
      throw new IllegalArgumentException(file + " is truncated: not a complete ABC ground-truth cache", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ABC ground-truth cache " + file + ": " + e.getMessage(), e);
    }
  }

  private static void writeMatrix(DataOutputStream out, Matrix m) throws IOException {
    out.writeInt(m.rows());
    out.writeInt(m.cols());
    for (int i = 0; i < m.size(); i++) {
      out.writeDouble(m.get(i));
    }
  }

  private static Matrix readMatrix(DataInputStream in, Path file) throws IOException {
    int rows = in.readInt();
    int cols = in.readInt();
    if (rows < 0 || cols < 0 || (long) rows * cols > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(file + " is malformed: a matrix of " + rows + " x " + cols);
    }
    double[] data = new double[rows * cols];
    for (int i = 0; i < data.length; i++) {
      data[i] = in.readDouble();
    }
    return new DoubleMatrix(rows, cols, data);
  }

  private static boolean equal(Matrix a, Matrix b) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (Double.compare(a.get(i), b.get(i)) != 0) {
        return false;
      }
    }
    return true;
  }
}
