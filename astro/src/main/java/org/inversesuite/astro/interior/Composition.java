package org.inversesuite.astro.interior;

import java.util.ArrayList;
import java.util.List;

/**
 * The bulk composition of a three-layer solid planet after Seager et al. 2007: an iron core, a
 * MgSiO₃ (perovskite) mantle and an outer H₂O ice layer, given as mass fractions on the simplex
 * core + mantle + water = 1.
 *
 * <p>Parametrisation by the unit square. Two numbers (u₁, u₂) ∈ [0, 1]² map to the simplex by
 *
 * <pre>
 *   core   = 1 − √u₁
 *   mantle = √u₁ (1 − u₂)
 *   water  = √u₁ u₂
 * </pre>
 *
 * If u₁, u₂ are independent U(0, 1), the composition is uniform on the simplex (Dirichlet(1, 1, 1),
 * density 2 with respect to d(mantle) d(water)): this is the standard uniform sampling of a
 * triangle by (1 − √r₁) A + √r₁ (1 − r₂) B + √r₁ r₂ C (Osada et al. 2002, "Shape distributions",
 * ACM Trans. Graphics 21, 807, §4.2). The inverse is u₁ = (1 − core)², u₂ = water / (1 − core)
 * (u₂ = 0 for a pure-iron planet, where it is undetermined). The map is a bijection between the
 * open square and the open simplex, so a prior on the square is a prior on compositions.
 *
 * @param core iron mass fraction, in [0, 1]
 * @param mantle MgSiO₃ mass fraction, in [0, 1]
 * @param water H₂O mass fraction, in [0, 1]
 */
public record Composition(double core, double mantle, double water) {
  private static final double SUM_TOLERANCE = 1e-9;

  /** Checks that the fractions are in [0, 1] and sum to 1 within 1e-9. */
  public Composition {
    for (double f : new double[] {core, mantle, water}) {
      if (!(f >= 0 && f <= 1)) {
        throw new IllegalArgumentException("mass fractions must be in [0, 1], got core=" + core + ", mantle="
            + mantle + ", water=" + water);
      }
    }
    if (Math.abs(core + mantle + water - 1) > SUM_TOLERANCE) {
      throw new IllegalArgumentException("mass fractions must sum to 1, got " + (core + mantle + water));
    }
  }

  /** @return a pure iron planet */
  public static Composition iron() {
    return new Composition(1, 0, 0);
  }

  /** @return the Earth-like composition of Seager et al. 2007: 32.5 % Fe core, 67.5 % MgSiO₃ mantle */
  public static Composition earthLike() {
    return new Composition(0.325, 0.675, 0);
  }

  /**
   * @param u1 in [0, 1]
   * @param u2 in [0, 1]
   * @return the composition (1 − √u₁, √u₁ (1 − u₂), √u₁ u₂)
   */
  public static Composition fromUnitSquare(double u1, double u2) {
    if (!(u1 >= 0 && u1 <= 1) || !(u2 >= 0 && u2 <= 1)) {
      throw new IllegalArgumentException("unit-square coordinates must be in [0, 1], got (" + u1 + ", " + u2 + ")");
    }
    double s = Math.sqrt(u1);
    double water = s * u2;
    double mantle = s - water;
    return new Composition(1 - s, mantle, water);
  }

  /** @return (u₁, u₂) with {@link #fromUnitSquare} giving this composition back */
  public double[] toUnitSquare() {
    double rest = 1 - core;
    return new double[] {rest * rest, rest > 0 ? Math.min(1, water / rest) : 0};
  }

  /** @return the non-empty layers from the centre outwards: iron, perovskite, water ice */
  public List<Layer> layers() {
    List<Layer> layers = new ArrayList<>(3);
    if (core > 0) {
      layers.add(Layer.of(Material.IRON, core));
    }
    if (mantle > 0) {
      layers.add(Layer.of(Material.PEROVSKITE, mantle));
    }
    if (water > 0) {
      layers.add(Layer.of(Material.WATER_ICE, water));
    }
    return layers;
  }
}
