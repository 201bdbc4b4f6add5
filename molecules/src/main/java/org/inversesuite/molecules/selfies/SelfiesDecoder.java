package org.inversesuite.molecules.selfies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.silent.AtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

/**
 * Derives the molecule of a SELFIES string with the grammar of Krenn et al. (Mach. Learn.:
 * Sci. Technol. 1 (2020) 045024), so that every sequence of valid symbols gives a molecule in
 * which no atom exceeds its {@link SemanticConstraints} capacity.
 *
 * <p>Rules, with state \( X_i \) = bonds the current atom may still form (\( X_0 \): no atom yet):
 * <ul>
 *   <li>atom \( A \) with requested order β and capacity α: at \( X_0 \) it starts the molecule
 *       and the state becomes \( X_\alpha \); otherwise it bonds to the current atom with
 *       \( \mu = \min(\beta, \alpha, i) \) and the state becomes \( X_{\alpha-\mu} \). An atom
 *       with α = 0 after the first is skipped (it could not bond). When the current atom has no
 *       bond left (state 0) its chain ends: a branch closes early, and at the top level the
 *       remaining symbols are ignored;</li>
 *   <li>branch with order β and L index symbols: ignored at \( i \le 1 \); otherwise the next L
 *       symbols give Q, the following Q + 1 symbols derive a side chain from state
 *       \( X_{\min(i-1, \beta)} \) on the current atom, and the main chain continues with
 *       \( X_{i-\min(i-1,\beta)} \);</li>
 *   <li>ring with order β: ignored at \( X_0 \); otherwise the next L symbols give Q and a
 *       bond of order \( \min(\beta, i) \) to the atom Q + 1 places earlier (the first atom if
 *       there is none) is reserved, the state becoming \( X_{i-\min(\beta,i)} \). Ring bonds are
 *       made after the derivation, each lowered to the capacity both atoms still have (and to a
 *       total order of 3); a ring to the atom itself is dropped; a ring onto an existing bond
 *       raises its order;</li>
 *   <li>{@code [nop]} is skipped.</li>
 * </ul>
 * A string without atom symbols derives the empty molecule. Hydrogens: organic-subset atoms
 * without a hydrogen part get SMILES implicit hydrogens (within capacity), the others exactly
 * their written count. The result is a Kekulé CDK molecule with implicit hydrogen counts set.
 *
 * <p>Instances are immutable.
 */
public final class SelfiesDecoder {
  private final SemanticConstraints constraints;

  /** @param constraints the bonding capacities; must be those the strings were encoded with */
  public SelfiesDecoder(SemanticConstraints constraints) {
    this.constraints = Objects.requireNonNull(constraints, "constraints");
  }

  /** @return a decoder with {@link SemanticConstraints#defaults()} */
  public static SelfiesDecoder defaults() {
    return new SelfiesDecoder(SemanticConstraints.defaults());
  }

  /**
   * @param selfies a SELFIES string
   * @return the derived molecule (a new container)
   * @throws IllegalArgumentException when the text is not a sequence of SELFIES symbols, or an
   *     atom symbol has no capacity under the constraints (e.g. {@code [Fe]}, {@code [CH5]})
   */
  public IAtomContainer decode(String selfies) {
    return decode(Selfies.split(selfies));
  }

  /** As {@link #decode(String)}, for a list of symbols. */
  public IAtomContainer decode(List<String> symbols) {
    Derivation d = derive(symbols);
    return toMolecule(d);
  }

  /**
   * How many symbols of a string do not reach its molecule: those after the point where a
   * saturated main chain ends the derivation, plus those read without effect (an atom without
   * capacity after the first, a branch at X_0 or X_1, a ring at X_0, {@code [nop]}, a ring bond
   * that no capacity is left for or that closes on its own atom). The encoder's strings have 0;
   * a string with 0 is derived symbol by symbol as written.
   *
   * @param symbols SELFIES symbols
   * @return the number of unused symbols, 0 … symbols.size()
   * @throws IllegalArgumentException as {@link #decode(String)}
   */
  public int unusedSymbols(List<String> symbols) {
    return derive(symbols).unused();
  }

  private Derivation derive(List<String> symbols) {
    List<SelfiesSymbol> parsed = new ArrayList<>(symbols.size());
    for (String text : symbols) {
      SelfiesSymbol symbol = SelfiesSymbol.parse(text);
      if (symbol instanceof AtomSymbol atom && constraints.bondingCapacity(atom).isEmpty()) {
        throw new IllegalArgumentException("symbol " + text + " has no bonding capacity under the semantic constraints");
      }
      parsed.add(symbol);
    }
    Derivation d = new Derivation(parsed, symbols, constraints);
    d.run();
    return d;
  }

  private static IAtomContainer toMolecule(Derivation d) {
    IAtomContainer molecule = new AtomContainer();
    for (int i = 0; i < d.atoms.size(); i++) {
      AtomSymbol s = d.atoms.get(i);
      IAtom atom = SilentChemObjectBuilder.getInstance().newAtom();
      atom.setAtomicNumber(s.atomicNumber());
      atom.setSymbol(s.element());
      atom.setFormalCharge(s.charge());
      int bonds = d.bondSum.get(i);
      int hydrogens = s.hydrogens().isPresent() ? s.hydrogens().getAsInt()
          : Valences.implicitHydrogens(s.atomicNumber(), bonds, d.capacity.get(i));
      atom.setImplicitHydrogenCount(hydrogens);
      molecule.addAtom(atom);
    }
    for (Map.Entry<Long, Integer> bond : d.bonds.entrySet()) {
      int a = (int) (bond.getKey() >>> 32);
      int b = (int) (bond.getKey() & 0xffffffffL);
      molecule.addBond(a, b, order(bond.getValue()));
    }
    return molecule;
  }

  private static IBond.Order order(int n) {
    return switch (n) {
      case 1 -> IBond.Order.SINGLE;
      case 2 -> IBond.Order.DOUBLE;
      case 3 -> IBond.Order.TRIPLE;
      default -> throw new IllegalStateException("derived bond order " + n + " outside 1..3");
    };
  }
}
