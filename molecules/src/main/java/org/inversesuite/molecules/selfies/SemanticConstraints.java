package org.inversesuite.molecules.selfies;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.openscience.cdk.config.Elements;

/**
 * Bonding capacities, the maximum sum of bond orders (hydrogens included) an atom of a given
 * element and charge may carry: the "semantic constraints" of Krenn et al. 2020 that make
 * every SELFIES string derive a valid molecule.
 *
 * <p>Defaults. A neutral main-group atom takes its group's maximum common valence: H 1,
 * Li–Cs 1, Be–Ba 2, B–Tl 3, C–Pb 4, N 3 but P–Bi 5, O 2 but S–Po 6, halogens 1, noble gases 0.
 * A charged atom with atomic number Z and charge q takes the capacity of its isoelectronic
 * neutral element Z − q ({@code N+1} like C: 4; {@code O-1} like F: 1; {@code O+1} like N: 3;
 * {@code C-1} like N: 3; {@code C+1} like B: 3; {@code Na+1} like Ne: 0; {@code Cl-1} like
 * Ar: 0), provided that element is a main-group element. Transition metals, lanthanides and
 * actinides have no default: molecules with them cannot be encoded unless a capacity is
 * added with {@link #with}. (The SELFIES library's defaults differ: it gives N 3, C+1 5,
 * S-1 5 and 8 to every other element.)
 *
 * <p>Instances are immutable.
 */
public final class SemanticConstraints {
  /** Group valence by atomic number for main-group elements, -1 where there is no default (d and f blocks). */
  private static final int[] GROUP_CAPACITY = new int[87];

  static {
    java.util.Arrays.fill(GROUP_CAPACITY, -1);
    int[][] periods = {
        {1, 1}, {2, 0},
        {3, 1}, {4, 2}, {5, 3}, {6, 4}, {7, 3}, {8, 2}, {9, 1}, {10, 0},
        {11, 1}, {12, 2}, {13, 3}, {14, 4}, {15, 5}, {16, 6}, {17, 1}, {18, 0},
        {19, 1}, {20, 2}, {31, 3}, {32, 4}, {33, 5}, {34, 6}, {35, 1}, {36, 0},
        {37, 1}, {38, 2}, {49, 3}, {50, 4}, {51, 5}, {52, 6}, {53, 1}, {54, 0},
        {55, 1}, {56, 2}, {81, 3}, {82, 4}, {83, 5}, {84, 6}, {85, 1}, {86, 0}};
    for (int[] p : periods) {
      GROUP_CAPACITY[p[0]] = p[1];
    }
  }

  private final Map<Long, Integer> overrides;

  private SemanticConstraints(Map<Long, Integer> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  /** @return the default constraints (see the class comment) */
  public static SemanticConstraints defaults() {
    return new SemanticConstraints(Map.of());
  }

  /**
   * @param element element symbol, e.g. {@code Fe}
   * @param charge formal charge
   * @param capacity maximum bond-order sum including hydrogens, 0 to 8
   * @return a copy where atoms of that element and charge have this capacity
   */
  public SemanticConstraints with(String element, int charge, int capacity) {
    Objects.requireNonNull(element, "element");
    Elements e = Elements.ofString(element);
    if (e == Elements.Unknown || e.number() < 1) {
      throw new IllegalArgumentException("unknown element '" + element + "'");
    }
    if (capacity < 0 || capacity > 8) {
      throw new IllegalArgumentException("capacity must be 0 to 8, got " + capacity);
    }
    Map<Long, Integer> copy = new HashMap<>(overrides);
    copy.put(key(e.number(), charge), capacity);
    return new SemanticConstraints(copy);
  }

  /**
   * @param atomicNumber element
   * @param charge formal charge
   * @return the maximum bond-order sum including hydrogens, or empty if the element and
   *     charge have no constraint (such atoms cannot be encoded or decoded)
   */
  public OptionalInt capacity(int atomicNumber, int charge) {
    Integer set = overrides.get(key(atomicNumber, charge));
    if (set != null) {
      return OptionalInt.of(set);
    }
    int analogue = atomicNumber - charge;
    if (atomicNumber < 1 || atomicNumber >= GROUP_CAPACITY.length || GROUP_CAPACITY[atomicNumber] < 0
        || analogue < 1 || analogue >= GROUP_CAPACITY.length || GROUP_CAPACITY[analogue] < 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(GROUP_CAPACITY[analogue]);
  }

  /**
   * @return the number of further bonds an atom of this symbol can form: its capacity minus
   *     its explicit hydrogens; empty when there is no constraint or the hydrogens exceed it
   */
  public OptionalInt bondingCapacity(AtomSymbol atom) {
    OptionalInt capacity = capacity(atom.atomicNumber(), atom.charge());
    if (capacity.isEmpty()) {
      return capacity;
    }
    int free = capacity.getAsInt() - atom.hydrogens().orElse(0);
    return free < 0 ? OptionalInt.empty() : OptionalInt.of(free);
  }

  private static long key(int atomicNumber, int charge) {
    return ((long) atomicNumber << 32) ^ (charge & 0xffffffffL);
  }
}
