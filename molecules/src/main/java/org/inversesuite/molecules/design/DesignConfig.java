package org.inversesuite.molecules.design;

import org.inversesuite.core.block.AffineCouplingConfig;
import org.inversesuite.core.flow.ConditionNetworkConfig;
import org.inversesuite.core.flow.FlowConfig;
import org.inversesuite.core.nn.Activation;
import org.inversesuite.core.nn.MlpConfig;
import org.inversesuite.core.train.LearningRateSchedule;
import org.inversesuite.core.train.TrainingConfig;

/**
 * How a molecule design model is built and trained. Pure data.
 *
 * @param condition what the model is conditioned on
 * @param representation the continuous encoding of the SELFIES rows
 * @param lengthQuantile rows hold this quantile of the training SELFIES lengths; longer molecules are left out
 * @param noise c of the dequantisation x = one-hot + c·u
 * @param couplings number of Glow coupling blocks (each followed by a random permutation)
 * @param hiddenWidth width of the hidden layers of each coupling subnet
 * @param subnetDepth hidden layers of each coupling subnet (1 by default)
 * @param conditionNetwork a learned embedding c = h(y) fed to every coupling subnet instead of the
 *     standardised y, or {@link ConditionNetworkConfig#none()} (the default)
 * @param validationFraction molecules held out for validation and for the forward regressor's error
 * @param training the optimisation recipe (its validationSize is ignored: the held-out molecules are the validation set)
 */
public record DesignConfig(Condition condition, RepresentationKind representation, double lengthQuantile, double noise, int couplings, int hiddenWidth,
    int subnetDepth, ConditionNetworkConfig conditionNetwork, double validationFraction, TrainingConfig training) {
  /** Validates the values; messages name the field. */
  public DesignConfig {
    if (condition == null || representation == null || training == null || conditionNetwork == null) {
      throw new IllegalArgumentException("condition, representation, conditionNetwork and training are required");
    }
    if (subnetDepth < 1) {
      throw new IllegalArgumentException("subnetDepth must be >= 1, got " + subnetDepth);
    }
    if (!(lengthQuantile > 0 && lengthQuantile <= 1)) {
      throw new IllegalArgumentException("lengthQuantile must be in (0, 1], got " + lengthQuantile);
    }
    if (!(noise > 0 && noise < 1)) {
      throw new IllegalArgumentException("noise must be in (0, 1), got " + noise);
    }
    if (couplings < 1 || hiddenWidth < 1) {
      throw new IllegalArgumentException("couplings and hiddenWidth must be >= 1, got " + couplings + " and " + hiddenWidth);
    }
    if (!(validationFraction >= 0 && validationFraction < 1)) {
      throw new IllegalArgumentException("validationFraction must be in [0, 1), got " + validationFraction);
    }
  }

  /**
   * @return logP only, the quantile encoding (one column per position, cells sized by frequency), rows for 95 % of
   *     the molecules, c = 0.9 (MoFlow's value), 6 Glow couplings with one hidden layer of 256, 5 % held out, Adam 1e-3 with cosine decay, batch 128, 1500 steps
   */
  public static DesignConfig defaults() {
    TrainingConfig recipe = new TrainingConfig(1500, 128, 1e-3, new LearningRateSchedule.Cosine(0), 100, 0.9, 0.999,
        1e-8, 0, 10, 0, 250, 0, 2, 1234);
    return new DesignConfig(Condition.LOGP, RepresentationKind.QUANTILE, 0.95, 0.9, 6, 256, 1, ConditionNetworkConfig.none(),
        0.05, recipe);
  }

  /** @return the flow for x of width {@code dimension} */
  public FlowConfig flow(int dimension) {
    AffineCouplingConfig coupling = AffineCouplingConfig.defaults().withSubnet(MlpConfig.of(hiddenWidth, subnetDepth, Activation.RELU));
    return FlowConfig.couplingChain(dimension, condition.dimension(), couplings, coupling).withConditionNetwork(conditionNetwork);
  }

  /** @return a copy with another recipe */
  public DesignConfig withTraining(TrainingConfig t) {
    return new DesignConfig(condition, representation, lengthQuantile, noise, couplings, hiddenWidth, subnetDepth, conditionNetwork,
        validationFraction, t);
  }

  /** @return a copy with another representation */
  public DesignConfig withRepresentation(RepresentationKind r) {
    return new DesignConfig(condition, r, lengthQuantile, noise, couplings, hiddenWidth, subnetDepth, conditionNetwork,
        validationFraction, training);
  }

  /** @return the representation of this kind fitted to the molecules */
  public SelfiesRepresentation fitRepresentation(MoleculeSet set) {
    return switch (representation) {
      case ONE_HOT -> OneHotRepresentation.fit(set, lengthQuantile, noise);
      case ORDINAL -> OrdinalRepresentation.fit(set, lengthQuantile, noise);
      case QUANTILE -> QuantileRepresentation.fit(set, lengthQuantile, noise);
      case LENGTH_QUANTILE -> LengthQuantileRepresentation.fit(set, lengthQuantile, noise);
    };
  }

  /** @return a copy with another condition */
  public DesignConfig withCondition(Condition c) {
    return new DesignConfig(c, representation, lengthQuantile, noise, couplings, hiddenWidth, subnetDepth, conditionNetwork,
        validationFraction, training);
  }

  /** @return a copy with another architecture */
  public DesignConfig withArchitecture(int blocks, int hidden) {
    return new DesignConfig(condition, representation, lengthQuantile, noise, blocks, hidden, subnetDepth, conditionNetwork,
        validationFraction, training);
  }

  /** @return a copy with {@code depth} hidden layers per coupling subnet */
  public DesignConfig withSubnetDepth(int depth) {
    return new DesignConfig(condition, representation, lengthQuantile, noise, couplings, hiddenWidth, depth, conditionNetwork,
        validationFraction, training);
  }

  /** @return a copy with another condition network (features 0: none) */
  public DesignConfig withConditionNetwork(ConditionNetworkConfig network) {
    return new DesignConfig(condition, representation, lengthQuantile, noise, couplings, hiddenWidth, subnetDepth, network,
        validationFraction, training);
  }
}
