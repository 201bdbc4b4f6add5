package org.inversesuite.anomaly.baseline;

import java.util.ArrayList;
import java.util.List;
import org.inversesuite.anomaly.tribuo.TribuoTables;
import org.inversesuite.core.flow.Standardization;
import org.inversesuite.core.tensor.Matrix;
import org.inversesuite.core.tensor.Precision;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.anomaly.Event;
import org.tribuo.anomaly.libsvm.LibSVMAnomalyTrainer;
import org.tribuo.anomaly.libsvm.SVMAnomalyType;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;

/**
 * Tribuo's one-class SVM (LibSVM; Schölkopf et al. 2001, "Estimating the support of a
 * high-dimensional distribution") with an RBF kernel exp(−γ‖x − x'‖²) on standardised rows,
 * γ = 1/d (scikit-learn's "scale" for unit variance) and ν. The score is minus LibSVM's decision
 * value, so that higher is more anomalous.
 */
public final class OneClassSvm implements OneClassMethod {
  private final double nu;

  /** @param nu ν in (0, 1]: upper bound on the training outlier share */
  public OneClassSvm(double nu) {
    if (!(nu > 0 && nu <= 1)) {
      throw new IllegalArgumentException("nu must be in (0, 1], got " + nu);
    }
    this.nu = nu;
  }

  @Override
  public String name() {
    return "OneClassSVM";
  }

  @Override
  public AnomalyScorer fit(Matrix normal, long seed) {
    Standardization st = Standardization.fit(normal);
    List<String> names = new ArrayList<>();
    for (int j = 0; j < normal.cols(); j++) {
      names.add(String.format("f%04d", j));
    }
    SVMParameters<Event> params = new SVMParameters<>(new SVMAnomalyType(SVMAnomalyType.SVMMode.ONE_CLASS), KernelType.RBF);
    params.setGamma(1.0 / normal.cols());
    params.setNu(nu);
    Model<Event> model = new LibSVMAnomalyTrainer(params, seed).train(TribuoTables.dataset(scaled(st, normal), null,
        names, "one-class SVM training rows"));
    return x -> {
      List<Prediction<Event>> p = model.predict(TribuoTables.dataset(scaled(st, x), null, names, "rows to score"));
      double[] out = new double[p.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = -p.get(i).getOutput().getScore();
      }
      return out;
    };
  }

  private static Matrix scaled(Standardization st, Matrix x) {
    Matrix out = Matrix.zeros(Precision.FLOAT64, x.rows(), x.cols());
    st.apply(x, out);
    return out;
  }
}
