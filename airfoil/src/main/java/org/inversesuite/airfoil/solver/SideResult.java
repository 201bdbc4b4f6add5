package org.inversesuite.airfoil.solver;

/**
 * One boundary-layer march (a surface from the stagnation point, or the wake): per-station
 * integral thicknesses and closure values, the mass defect m = U_e δ* with its gradient
 * ∂m/∂U_e over all unknown speeds, and where transition and separation occurred.
 */
final class SideResult {
  final double[] theta;
  final double[] dstar;
  final double[] h;
  final double[] cf;
  final double[] amplification;
  final double[] mass;
  final boolean[] turbulent;
  /** Edge speed U_e per station: the given speed, or the computed one at inverse stations. */
  final double[] speed;
  /** ∂U_k/∂(unknowns) at inverse stations (their speed is computed from the unknown m_k); null elsewhere. */
  final double[][] speedGradient;
  /** ∂m_k/∂U (length = number of unknowns) per station; null where m is not an unknown. */
  final double[][] massGradient;
  double[] thetaGradientEnd;
  double[] dstarGradientEnd;
  /** Reverse mode ({@link MarchTape}): tape ids of ∂m_k/∂(unknowns) per station ({@link MarchTape#ZERO}: zero). */
  final int[] massId;
  /** {@link #speedId} of a station whose speed is given, not computed. */
  static final int NOT_COMPUTED = -2;
  /** Reverse mode: tape ids of ∂U_k/∂(unknowns) at inverse stations, {@link #NOT_COMPUTED} elsewhere. */
  final int[] speedId;
  /** Reverse mode: tape ids of θ's and δ*'s gradients at the last station. */
  int thetaEndId = MarchTape.ZERO;
  int dstarEndId = MarchTape.ZERO;
  /** Interval in which transition happened (−1: none) and the fraction within it. */
  int transitionInterval = -1;
  double transitionFraction;
  StationStep.Criterion transitionCriterion;
  /** x/c of laminar separation (2: none). */
  double laminarSeparationX = 2;
  /** First station with turbulent separation (−1: none). */
  int separation = -1;

  SideResult(int stations) {
    theta = new double[stations];
    dstar = new double[stations];
    h = new double[stations];
    cf = new double[stations];
    amplification = new double[stations];
    mass = new double[stations];
    turbulent = new boolean[stations];
    speed = new double[stations];
    speedGradient = new double[stations][];
    massGradient = new double[stations][];
    massId = new int[stations];
    speedId = new int[stations];
    java.util.Arrays.fill(speedId, NOT_COMPUTED);
  }

  int last() {
    return theta.length - 1;
  }
}
