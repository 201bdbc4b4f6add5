package org.inversesuite.molecules.design;

import java.util.List;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.Simulator;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * Training batches from a fixed set of molecules: each row is an example drawn uniformly with
 * replacement, x its freshly dequantised encoding ({@link SelfiesRepresentation}) and y its
 * condition. Fresh uniform noise every draw is what makes the discrete data a density the flow
 * can fit (Theis et al. 2016; Ho et al. 2019, Flow++). Served as a {@link Simulator} so that the
 * batch of step t depends only on the seed and t, as for every online source.
 */
public final class MoleculeSampler implements Simulator {
  private final SelfiesRepresentation representation;
  private final int[][] tokens;
  private final double[][] y;

  /**
   * @param representation the encoding of x
   * @param examples the molecules, each no longer than the representation's width
   */
  public MoleculeSampler(SelfiesRepresentation representation, List<Example> examples) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no training molecules");
    }
    this.representation = representation;
    this.tokens = new int[examples.size()][];
    this.y = new double[examples.size()][];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = representation.tokens(examples.get(i).selfies());
      y[i] = examples.get(i).y();
    }
  }

  @Override
  public int xDimension() {
    return representation.dimension();
  }

  @Override
  public int yDimension() {
    return y[0].length;
  }

  @Override
  public Batch simulate(int n, Rng rng) {
    Matrix x = Matrix.zeros(Precision.FLOAT64, n, xDimension());
    Matrix ys = Matrix.zeros(Precision.FLOAT64, n, yDimension());
    for (int r = 0; r < n; r++) {
      int i = rng.nextInt(tokens.length);
      representation.dequantise(tokens[i], rng, x, r);
      for (int j = 0; j < yDimension(); j++) {
        ys.set(r * yDimension() + j, y[i][j]);
      }
    }
    return new Batch(x, ys);
  }
}
