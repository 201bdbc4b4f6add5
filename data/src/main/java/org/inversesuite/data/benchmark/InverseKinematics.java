package org.inversesuite.data.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.inversesuite.core.config.Json;
import org.inversesuite.core.problem.DiagonalGaussianPrior;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.problem.ObservationModel;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;

/**
 * The inverse-kinematics benchmark of Kruse et al. 2021, "Benchmarking invertible
 * architectures on inverse problems" (arXiv:2101.10763): recover the configuration
 * x = (x₁, θ₁, θ₂, θ₃) of a planar arm on a vertical rail from its end-effector position y.
 *
 * <ul>
 *   <li>Prior: x ~ N(0, diag(σ²)), σ = (0.25, 0.5, 0.5, 0.5).
 *   <li>Forward model: {@link ArmForwardModel} with segment lengths (0.5, 0.5, 1.0).
 *   <li>No observation noise, so the posterior p(x | y*) ∝ p(x) δ(f(x) − y*) lives on a 2-D
 *       manifold in ℝ⁴.
 * </ul>
 *
 * <p>{@link #referenceObservations()} gives the ten held-out y* of the PyTorch reference run,
 * so that posterior metrics can be compared with it observation by observation.
 */
public final class InverseKinematics {
  /** Identifier of the problem. */
  public static final String ID = "inverse-kinematics";
  /** Parameter names, in column order. */
  public static final List<String> PARAMETER_NAMES = List.of("x1", "theta1", "theta2", "theta3");
  /** Observation names, in column order. */
  public static final List<String> OBSERVATION_NAMES = List.of("y_h", "y_v");

  private static final String REFERENCE_RESOURCE = "ik-reference-observations.json";

  private InverseKinematics() {}

  /** @return the prior N(0, diag(0.25², 0.5², 0.5², 0.5²)) over (x₁, θ₁, θ₂, θ₃) */
  public static DiagonalGaussianPrior prior() {
    return new DiagonalGaussianPrior(new double[] {0, 0, 0, 0}, new double[] {0.25, 0.5, 0.5, 0.5},
        PARAMETER_NAMES);
  }

  /** @return the arm with segment lengths (0.5, 0.5, 1.0) */
  public static ArmForwardModel forwardModel() {
    return ArmForwardModel.kruse2021();
  }

  /**
   * @return the problem: id "inverse-kinematics", {@link #prior()}, {@link #forwardModel()},
   *     {@link ObservationModel#NONE}, observations named y_h, y_v
   */
  public static InverseProblem problem() {
    return new InverseProblem(ID, prior(), forwardModel(), ObservationModel.NONE, OBSERVATION_NAMES);
  }

  /**
   * The ten held-out observations y* = f(x_true) of the reference run (seed 1234 of
   * ik_torch.py, x_true drawn from the prior with NumPy's generator), with their x_true, read
   * from the class-path resource {@code ik-reference-observations.json} next to this class.
   *
   * @return 10 observations, y* of shape [10, 2] and x_true of shape [10, 4]
   * @throws UncheckedIOException if the resource cannot be read
   * @throws IllegalStateException if the resource is malformed
   */
  public static ReferenceObservations referenceObservations() {
    try (InputStream in = InverseKinematics.class.getResourceAsStream(REFERENCE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("class-path resource " + REFERENCE_RESOURCE + " not found next to "
            + InverseKinematics.class.getName());
      }
      JsonNode root = Json.mapper().readTree(in);
      String source = root.path("source").asText("");
      Matrix yStar = readRows(root.path("y_star"), OBSERVATION_NAMES.size(), "y_star");
      Matrix xTrue = readRows(root.path("x_true"), PARAMETER_NAMES.size(), "x_true");
      return new ReferenceObservations(source, yStar, xTrue);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + REFERENCE_RESOURCE, e);
    }
  }

  private static Matrix readRows(JsonNode rows, int cols, String field) {
    if (!rows.isArray() || rows.isEmpty()) {
      throw new IllegalStateException(REFERENCE_RESOURCE + ": field " + field
          + " must be a non-empty array of rows, got " + rows.getNodeType());
    }
    double[] data = new double[rows.size() * cols];
    for (int r = 0; r < rows.size(); r++) {
      JsonNode row = rows.get(r);
      if (!row.isArray() || row.size() != cols) {
        throw new IllegalStateException(REFERENCE_RESOURCE + ": " + field + "[" + r + "] must hold " + cols
            + " numbers, got " + row);
      }
      for (int c = 0; c < cols; c++) {
        if (!row.get(c).isNumber()) {
          throw new IllegalStateException(REFERENCE_RESOURCE + ": " + field + "[" + r + "][" + c
              + "] must be a number, got " + row.get(c));
        }
        data[r * cols + c] = row.get(c).doubleValue();
      }
    }
    return new DoubleMatrix(rows.size(), cols, data);
  }
}
