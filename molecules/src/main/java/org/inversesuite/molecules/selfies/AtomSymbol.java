package org.inversesuite.molecules.selfies;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openscience.cdk.config.Elements;

/**
 * An atom symbol {@code [<bond><element><hydrogens><charge>]}: it adds an atom bonded to the
 * previous one with the requested order, lowered to what both atoms can still take (the
 * paper's rule \( X_i \to A\,X_{\alpha-\mu} \), \( \mu = \min(\beta, \alpha, i) \), with β the
 * requested order, α the atom's bonding capacity and i the state).
 *
 * <p>Hydrogens: without a hydrogen part and charge, an organic-subset element
 * (B, C, N, O, P, S, F, Cl, Br, I) takes implicit hydrogens as in SMILES ({@code [C]} is
 * {@code C}); otherwise the atom has exactly the written hydrogens, none if no hydrogen part
 * ({@code [N+1]} is {@code [N+]}, {@code [CH0]} is {@code [C]} in SMILES, {@code [NH3+1]} is
 * {@code [NH3+]}). Charges are written with sign and magnitude, {@code +1}, {@code -2}.
 *
 * @param bondOrder requested order of the bond to the previous atom, 1 to 3 (ignored for the
 *     first atom)
 * @param atomicNumber the element, 1 to 118
 * @param charge formal charge
 * @param hydrogens explicit hydrogen count, or empty for SMILES implicit hydrogens (only for a
 *     neutral organic-subset element)
 */
public record AtomSymbol(int bondOrder, int atomicNumber, int charge, OptionalInt hydrogens) implements SelfiesSymbol {
  private static final Pattern SYNTAX = Pattern.compile("\\[([=#]?)([A-Z][a-z]?)(?:H(\\d+))?([+-]\\d+)?]");

  /** Checks ranges and that implicit hydrogens are only asked of neutral organic-subset atoms. */
  public AtomSymbol {
    SymbolSyntax.prefix(bondOrder);
    if (atomicNumber < 1 || atomicNumber > 118) {
      throw new IllegalArgumentException("atomic number must be 1 to 118, got " + atomicNumber);
    }
    if (hydrogens.isPresent() && hydrogens.getAsInt() < 0) {
      throw new IllegalArgumentException("hydrogen count must be >= 0, got " + hydrogens.getAsInt());
    }
    if (hydrogens.isEmpty() && (charge != 0 || !Valences.isOrganic(atomicNumber))) {
      throw new IllegalArgumentException("implicit hydrogens need a neutral organic-subset element, got "
          + Elements.ofNumber(atomicNumber).symbol() + " charge " + charge);
    }
  }

  /** @return whether hydrogens follow the SMILES default valence (no hydrogen count is fixed) */
  public boolean implicitHydrogens() {
    return hydrogens.isEmpty();
  }

  /** @return the same atom with another requested bond order */
  public AtomSymbol withBondOrder(int order) {
    return new AtomSymbol(order, atomicNumber, charge, hydrogens);
  }

  /** @return the element symbol, e.g. {@code Cl} */
  public String element() {
    return Elements.ofNumber(atomicNumber).symbol();
  }

  @Override
  public String text() {
    StringBuilder b = new StringBuilder("[").append(SymbolSyntax.prefix(bondOrder)).append(element());
    if (hydrogens.isPresent()) {
      int h = hydrogens.getAsInt();
      if (h > 0 || (charge == 0 && Valences.isOrganic(atomicNumber))) {
        b.append('H').append(h);
      }
    }
    if (charge != 0) {
      b.append(charge > 0 ? '+' : '-').append(Math.abs(charge));
    }
    return b.append(']').toString();
  }

  static AtomSymbol parse(String text) {
    Matcher m = SYNTAX.matcher(text);
    Elements element = m.matches() ? Elements.ofString(m.group(2)) : Elements.Unknown;
    if (element == Elements.Unknown || element.number() < 1) {
      throw new IllegalArgumentException("not a SELFIES symbol: '" + text + "'");
    }
    int charge = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    boolean bracket = m.group(3) != null || charge != 0 || !Valences.isOrganic(element.number());
    OptionalInt h = bracket ? OptionalInt.of(m.group(3) == null ? 0 : Integer.parseInt(m.group(3))) : OptionalInt.empty();
    AtomSymbol symbol = new AtomSymbol(SymbolSyntax.bondOrder(m.group(1)), element.number(), charge, h);
    if (!symbol.text().equals(text)) {
      throw new IllegalArgumentException("SELFIES symbol '" + text + "' is not in canonical spelling; write " + symbol.text());
    }
    return symbol;
  }
}
