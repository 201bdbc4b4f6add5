package org.inversesuite.cli.table;

import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.inn.Inn;
import org.inversesuite.core.inn.InnConfig;
import org.inversesuite.core.inn.InnTraining;
import org.inversesuite.core.inn.PairSampler;
import org.inversesuite.core.problem.Batch;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.random.Rng;
import org.inversesuite.core.tensor.DoubleMatrix;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;

/**
 * The INN of Ardizzone et al. 2019 as a row of the table: trained in both directions
 * ({@link InnTraining}) on fresh standardised simulations, z as wide as dim x − dim y (at least
 * 1), two padding dimensions beyond max(dim x, dim y + dim z), the network, loss weights, inverse-MMD
 * ramp-up and kernels of the 8-mode toy ({@link InnConfig#eightModes()}: 6 Glow couplings of one
 * hidden layer of 128), noise on y, z and padding 0.01 (standardised units).
 */
final class InnMethod {
  private static final int NORMALIZATION_SIZE = 10_000;

  private InnMethod() {}

  static BenchmarkMethod.Trained train(InverseProblem problem, TrainingBudget budget) {
    int dx = problem.xDimension();
    int dy = problem.yDimension();
    int dz = Math.max(1, dx - dy);
    InnConfig toy = InnConfig.eightModes();
    InnConfig config = new InnConfig(dx, dy, dz, Math.max(dx, dy + dz) + 2, toy.couplings(), toy.hiddenWidth(),
        toy.hiddenLayers(), toy.clamp(), toy.lambdaFit(), toy.lambdaLatent(), toy.lambdaBackward(),
        toy.lambdaReconstruct(), toy.lambdaPadding(), toy.lambdaLikelihood(), 0.01, 0.01, 0.01, toy.forwardKernels(), toy.backwardKernels(),
        budget.batchSize(), budget.steps(), toy.rampStart(), toy.learningRate(), toy.finalDecay(), toy.weightDecay(),
        budget.seed());
    Batch fit = problem.simulate(NORMALIZATION_SIZE, new Rng(budget.seed()).stream("normalization"));
    Standardization xNorm = Standardization.fit(fit.x());
    Standardization yNorm = Standardization.fit(fit.y());
    PairSampler pairs = (n, rng) -> {
      Batch b = problem.simulate(n, rng);
      return new PairSampler.Pairs(standardize(xNorm, b.x()), standardize(yNorm, b.y()));
    };
    Inn inn = InnTraining.train(config, pairs, Precision.FLOAT32, null);
    return new BenchmarkMethod.Trained(new StandardizedEstimator(inn, xNorm, yNorm), inn.flow().parameters().size());
  }

  private static Matrix standardize(Standardization norm, Matrix v) {
    Matrix out = new DoubleMatrix(v.rows(), v.cols());
    norm.apply(v, out);
    return out;
  }
}
