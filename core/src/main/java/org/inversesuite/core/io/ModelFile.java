package org.inversesuite.core.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.FloatMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * The content of one model file (see {@link ModelStore} for the on-disk format): the format
 * version, a JSON metadata object and named tensors.
 *
 * <p>The metadata (architecture, normalisation, training settings, provenance) is opaque to the
 * store; it must be plain JSON, because it is written as JSON text and read back with the
 * suite's {@link org.inversesuite.core.config.Json#mapper() mapper} (numbers come back as
 * int/long/BigInteger or double nodes). The tensors are float32 ({@link FloatMatrix}) or
 * float64 ({@link DoubleMatrix}) matrices under unique non-empty names, kept in insertion
 * order, which is also their order in the file.
 *
 * <p>Immutable: the constructor deep-copies the metadata and every matrix, and the accessors
 * {@link #metadata()}, {@link #tensors()} and {@link #tensor(String)} return fresh copies on
 * every call (cost proportional to the data returned). {@link #equals(Object)} compares the
 * version, the metadata, the tensor names in order, and each tensor's precision, shape and
 * element bit patterns (so NaN payloads count, and {@code 0.0 != -0.0}).
 *
 * @param formatVersion the file format version, at least 1; {@link ModelStore} writes and reads
 *     {@link ModelStore#FORMAT_VERSION}
 * @param metadata a JSON object, opaque to the store
 * @param tensors named matrices, in file order
 */
public record ModelFile(int formatVersion, ObjectNode metadata, Map<String, Matrix> tensors) {

  /**
   * Validates and deep-copies the components.
   *
   * @param formatVersion the file format version, at least 1
   * @param metadata a JSON object, not null
   * @param tensors named matrices in file order; names non-empty, values not null
   */
  public ModelFile {
    if (formatVersion < 1) {
      throw new IllegalArgumentException("format version must be at least 1, got " + formatVersion);
    }
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(tensors, "tensors");
    metadata = metadata.deepCopy();
    Map<String, Matrix> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Matrix> e : tensors.entrySet()) {
      String name = e.getKey();
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("tensor names must be non-empty, got " + (name == null ? "null" : "\"\""));
      }
      Matrix m = Objects.requireNonNull(e.getValue(), () -> "tensor \"" + name + "\" is null");
      copy.put(name, m.copy());
    }
    tensors = Collections.unmodifiableMap(copy);
  }

  /**
   * A model file of the current format version {@link ModelStore#FORMAT_VERSION}.
   *
   * @param metadata a JSON object, opaque to the store
   * @param tensors named matrices, in file order
   */
  public ModelFile(ObjectNode metadata, Map<String, Matrix> tensors) {
    this(ModelStore.FORMAT_VERSION, metadata, tensors);
  }

  /** @return a deep copy of the metadata object */
  @Override
  public ObjectNode metadata() {
    return metadata.deepCopy();
  }

  /** @return an unmodifiable map, in file order, of copies of the tensors */
  @Override
  public Map<String, Matrix> tensors() {
    Map<String, Matrix> copy = new LinkedHashMap<>();
    tensors.forEach((name, m) -> copy.put(name, m.copy()));
    return Collections.unmodifiableMap(copy);
  }

  /** @return the tensor names, in file order (unmodifiable) */
  public Set<String> tensorNames() {
    return tensors.keySet();
  }

  /**
   * @param name a tensor name
   * @return a copy of the named tensor
   * @throws IllegalArgumentException naming the available tensors when there is none by that name
   */
  public Matrix tensor(String name) {
    Matrix m = tensors.get(name);
    if (m == null) {
      throw new IllegalArgumentException("no tensor \"" + name + "\"; the model has " + tensors.keySet());
    }
    return m.copy();
  }

  /** The stored tensors without copying, for the writer in this package (must not be mutated). */
  Map<String, Matrix> storedTensors() {
    return tensors;
  }

  /** The stored metadata without copying, for the writer in this package (must not be mutated). */
  ObjectNode storedMetadata() {
    return metadata;
  }

  /** @return true when version, metadata, tensor names and order, and tensor bits are equal */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ModelFile other)
        || formatVersion != other.formatVersion
        || !metadata.equals(other.metadata)
        || !new ArrayList<>(tensors.keySet()).equals(new ArrayList<>(other.tensors.keySet()))) {
      return false;
    }
    Iterator<Matrix> mine = tensors.values().iterator();
    Iterator<Matrix> theirs = other.tensors.values().iterator();
    while (mine.hasNext()) {
      if (!sameBits(mine.next(), theirs.next())) {
        return false;
      }
    }
    return true;
  }

  /** @return a hash of the version, metadata, names, precisions and shapes */
  @Override
  public int hashCode() {
    int h = 31 * formatVersion + metadata.hashCode();
    for (Map.Entry<String, Matrix> e : tensors.entrySet()) {
      Matrix m = e.getValue();
      h = 31 * h + Objects.hash(e.getKey(), m.precision(), m.rows(), m.cols());
    }
    return h;
  }

  /** @return the version, the tensor names with precision and shape, and the metadata keys */
  @Override
  public String toString() {
    List<String> shapes = new ArrayList<>();
    tensors.forEach((name, m) -> shapes.add(name + ": " + m.precision() + " [" + m.rows() + ", " + m.cols() + "]"));
    List<String> keys = new ArrayList<>();
    metadata.fieldNames().forEachRemaining(keys::add);
    return "ModelFile[format=" + formatVersion + ", tensors=" + shapes + ", metadata keys=" + keys + "]";
  }

  /** @return true when both have the same precision, shape and element bit patterns */
  static boolean sameBits(Matrix a, Matrix b) {
    if (a.precision() != b.precision() || a.rows() != b.rows() || a.cols() != b.cols()) {
      return false;
    }
    if (a instanceof FloatMatrix fa && b instanceof FloatMatrix fb) {
      float[] x = fa.data();
      float[] y = fb.data();
      for (int i = 0; i < x.length; i++) {
        if (Float.floatToRawIntBits(x[i]) != Float.floatToRawIntBits(y[i])) {
          return false;
        }
      }
      return true;
    }
    double[] x = ((DoubleMatrix) a).data();
    double[] y = ((DoubleMatrix) b).data();
    for (int i = 0; i < x.length; i++) {
      if (Double.doubleToRawLongBits(x[i]) != Double.doubleToRawLongBits(y[i])) {
        return false;
      }
    }
    return true;
  }
}
