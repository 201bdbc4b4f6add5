package org.inversesuite.core.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * All trainable parameters of a model in one flat vector, with named segments.
 *
 * <p>Layers and blocks {@link #allocate allocate} their segments while they are constructed and
 * keep the returned offsets; {@link #initialise(Rng)} then creates the vector [1, size()] and
 * fills every segment in allocation order. Gradients, Adam moments and checkpoints all mirror
 * this one vector, so the optimiser is one fused loop and a checkpoint is one array
 * (docs/ARCHITECTURE.md, "compute layer").
 */
public final class Parameters {
  /**
   * A named range of the vector.
   *
   * @param name dotted path, e.g. "block3.subnetA.layer0.weight"
   * @param offset first index
   * @param size number of entries
   */
  public record Segment(String name, int offset, int size) {}

  private final Precision precision;
  private final List<Segment> segments = new ArrayList<>();
  private final List<Initializer> initializers = new ArrayList<>();
  private int size;
  private Matrix values;

  /** @param precision precision of the vector and of every buffer computed from it */
  public Parameters(Precision precision) {
    this.precision = precision;
  }

  /** @return the precision of this model */
  public Precision precision() {
    return precision;
  }

  /**
   * Reserves a segment. Only allowed before {@link #initialise(Rng)}.
   *
   * @return the offset of the segment in the flat vector
   */
  public int allocate(String name, int count, Initializer initializer) {
    if (values != null) {
      throw new IllegalStateException("parameters already initialised; cannot allocate '" + name + "'");
    }
    if (count < 0) {
      throw new IllegalArgumentException("segment '" + name + "' needs a non-negative size, got " + count);
    }
    int offset = size;
    segments.add(new Segment(name, offset, count));
    initializers.add(initializer);
    size = Math.addExact(size, count);
    return offset;
  }

  /** Creates the vector and runs every initializer in allocation order. */
  public void initialise(Rng rng) {
    values = Matrix.zeros(precision, 1, size);
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      initializers.get(i).fill(values, s.offset(), s.size(), rng);
    }
  }

  /** @return true once {@link #initialise(Rng)} has run */
  public boolean initialised() {
    return values != null;
  }

  /** @return the flat vector [1, size()] (shared; the optimiser updates it in place) */
  public Matrix values() {
    if (values == null) {
      throw new IllegalStateException("parameters are not initialised yet: call initialise(rng) after building the model");
    }
    return values;
  }

  /** Replaces every value, e.g. from a model file; the length must match. */
  public void assign(Matrix source) {
    if (source.size() != size) {
      throw new org.inversesuite.core.tensor.ShapeMismatchException("parameter vector has " + source.size()
          + " entries but the model has " + size, new int[] {size}, new int[] {source.size()});
    }
    if (values == null) {
      values = Matrix.zeros(precision, 1, size);
    }
    for (int i = 0; i < size; i++) {
      values.set(i, source.get(i));
    }
  }

  /** @return total number of parameters */
  public int size() {
    return size;
  }

  /** @return the segments in allocation order */
  public List<Segment> segments() {
    return Collections.unmodifiableList(segments);
  }
}
