package org.inversesuite.cli.table;

import java.nio.file.Path;
import java.util.List;
import org.inversesuite.cli.plot.ArmPosteriorPlot;
import org.inversesuite.cli.plot.TrajectoryPlot;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.data.benchmark.Ballistics;
import org.inversesuite.data.benchmark.InverseKinematics;

/**
 * One column group of the benchmark table: a noise-free problem of Kruse et al. 2021, the
 * rejection-ABC radius of its ground truth and how its posteriors are drawn.
 *
 * @param name short label, used in file names ("ik", "ballistics")
 * @param problem the problem
 * @param abcEpsilon acceptance radius ε of the ground truth, &gt; 0
 * @param picture draws posterior panels for one observation
 */
public record BenchmarkTask(String name, InverseProblem problem, double abcEpsilon, PosteriorPicture picture) {
  /** Draws posterior samples of several methods for one observation into one PNG. */
  @FunctionalInterface
  public interface PosteriorPicture {
    /** Writes the figure atomically. */
    void save(Path file, List<Matrix> panels, List<String> titles, double[] observation);
  }

  /** Validates ε. */
  public BenchmarkTask {
    if (!(abcEpsilon > 0) || !Double.isFinite(abcEpsilon)) {
      throw new IllegalArgumentException("ABC epsilon of task " + name + " must be finite and > 0, got " + abcEpsilon);
    }
  }

  /** @return the robot arm: arm configurations drawn over the target */
  public static BenchmarkTask inverseKinematics(double abcEpsilon) {
    return new BenchmarkTask("ik", InverseKinematics.problem(), abcEpsilon, ArmPosteriorPlot::save);
  }

  /** @return the ballistics task: trajectories drawn to the observed impact */
  public static BenchmarkTask ballistics(double abcEpsilon) {
    return new BenchmarkTask("ballistics", Ballistics.problem(), abcEpsilon,
        (file, panels, titles, y) -> TrajectoryPlot.save(file, panels, titles, y[0], Ballistics.forwardModel()));
  }
}
