package org.inversesuite.molecules.selfies;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.openscience.cdk.aromaticity.Kekulization;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.ConnectivityChecker;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IPseudoAtom;
import org.openscience.cdk.smiles.SmiFlavor;
import org.openscience.cdk.smiles.SmilesGenerator;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * Writes a molecule as SELFIES (Krenn et al., Mach. Learn.: Sci. Technol. 1 (2020) 045024).
 *
 * <p>The molecule is kekulised and its hydrogens made implicit. A depth-first walk from atom 0,
 * visiting neighbours in bond order (of the input, or of CDK's canonical SMILES, see
 * {@link AtomOrder}), writes each atom as an {@link AtomSymbol} carrying the
 * order of the bond from its parent; then, for each bond back to an atom visited earlier, a
 * {@link RingSymbol} with Q = (distance in visiting order) − 1; then every child but the last
 * as a {@link BranchSymbol} with Q = (symbols in the branch) − 1 followed by the branch; then
 * the last child, continuing the chain. Q is written with the fewest index symbols
 * ({@link IndexSymbols}). Because the molecule obeys the {@link SemanticConstraints}, the
 * decoder's valence clamps never bind and {@link SelfiesDecoder} rebuilds the same graph,
 * bond orders, charges and hydrogen counts.
 *
 * <p>Not encoded: stereochemistry (dropped: the string describes the constitution), isotopes
 * and pseudo-atoms (refused, see {@link Unencodable}). Instances are immutable.
 */
public final class SelfiesEncoder {
  private final SemanticConstraints constraints;
  private final AtomOrder order;

  /**
   * @param constraints the bonding capacities the encoded molecules must respect
   * @param order where the walk starts and how it orders neighbours
   */
  public SelfiesEncoder(SemanticConstraints constraints, AtomOrder order) {
    this.constraints = Objects.requireNonNull(constraints, "constraints");
    this.order = Objects.requireNonNull(order, "order");
  }

  /** @return an encoder with {@link SemanticConstraints#defaults()} and {@link AtomOrder#INPUT} */
  public static SelfiesEncoder defaults() {
    return new SelfiesEncoder(SemanticConstraints.defaults(), AtomOrder.INPUT);
  }

  /** @return a copy with another atom order */
  public SelfiesEncoder withOrder(AtomOrder atomOrder) {
    return new SelfiesEncoder(constraints, atomOrder);
  }

  /**
   * @param molecule a molecule; not modified
   * @return why it cannot be encoded, or empty if it can
   */
  public Optional<EncodingFailure> check(IAtomContainer molecule) {
    Prepared p = prepare(molecule);
    return p.failure == null ? Optional.empty() : Optional.of(p.failure);
  }

  /**
   * @param molecule a connected molecule with implicit hydrogen counts set; not modified
   * @return its SELFIES string
   * @throws IllegalArgumentException with the {@link EncodingFailure} when it cannot be encoded
   */
  public String encode(IAtomContainer molecule) {
    return String.join("", encodeSymbols(molecule));
  }

  /** As {@link #encode}, as a list of symbols. */
  public List<String> encodeSymbols(IAtomContainer molecule) {
    Prepared p = prepare(molecule);
    if (p.failure != null) {
      throw new IllegalArgumentException("cannot encode as SELFIES: " + p.failure);
    }
    Walk walk = new Walk(p.molecule, p.symbols);
    List<String> out = walk.emit(p.molecule.getAtom(0), null);
    if (walk.failure != null) {
      throw new IllegalArgumentException("cannot encode as SELFIES: " + walk.failure);
    }
    return List.copyOf(out);
  }

  private Prepared prepare(IAtomContainer molecule) {
    Objects.requireNonNull(molecule, "molecule");
    if (molecule.getAtomCount() == 0) {
      return Prepared.failed(Unencodable.EMPTY, "the molecule has no atoms");
    }
    IAtomContainer m;
    try {
      m = AtomContainerManipulator.suppressHydrogens(molecule.clone());
      for (IBond bond : m.bonds()) {
        if (bond.getOrder() == null || bond.getOrder() == IBond.Order.UNSET) {
          Kekulization.kekulize(m);
          break;
        }
      }
      for (IAtom atom : m.atoms()) {
        if (atom.getMassNumber() != null) {
          return Prepared.failed(Unencodable.ISOTOPE, "atom " + m.indexOf(atom) + " (" + atom.getSymbol() + ") has mass number "
              + atom.getMassNumber());
        }
      }
      if (order == AtomOrder.CANONICAL) {
        // Canonical without mass numbers: CDK 2.11 needs cdk-inchi for any isomeric canonical flavour.
        m = new SmilesParser(m.getBuilder()).parseSmiles(new SmilesGenerator(SmiFlavor.Canonical).create(m));
      }
    } catch (CloneNotSupportedException | CDKException e) {
      return Prepared.failed(Unencodable.UNSUPPORTED_BOND, "cannot kekulise or order: " + e.getMessage());
    }
    if (!ConnectivityChecker.isConnected(m)) {
      return Prepared.failed(Unencodable.MULTIPLE_FRAGMENTS,
          ConnectivityChecker.partitionIntoMolecules(m).getAtomContainerCount() + " fragments");
    }
    AtomSymbol[] symbols = new AtomSymbol[m.getAtomCount()];
    for (int i = 0; i < symbols.length; i++) {
      IAtom atom = m.getAtom(i);
      String where = "atom " + i + " (" + atom.getSymbol() + ")";
      if (atom instanceof IPseudoAtom || atom.getAtomicNumber() == null || atom.getAtomicNumber() < 1) {
        return Prepared.failed(Unencodable.PSEUDO_ATOM, where);
      }
      int bondSum = 0;
      for (IBond bond : m.getConnectedBondsList(atom)) {
        IBond.Order order = bond.getOrder();
        if (order != IBond.Order.SINGLE && order != IBond.Order.DOUBLE && order != IBond.Order.TRIPLE) {
          return Prepared.failed(Unencodable.UNSUPPORTED_BOND, where + " has a " + order + " bond");
        }
        bondSum += order.numeric();
      }
      if (atom.getImplicitHydrogenCount() == null) {
        return Prepared.failed(Unencodable.UNSUPPORTED_BOND, where + " has no hydrogen count set");
      }
      int z = atom.getAtomicNumber();
      int charge = atom.getFormalCharge() == null ? 0 : atom.getFormalCharge();
      int h = atom.getImplicitHydrogenCount();
      OptionalInt capacity = constraints.capacity(z, charge);
      if (capacity.isEmpty()) {
        return Prepared.failed(Unencodable.NO_CONSTRAINT, where + " with charge " + charge);
      }
      if (bondSum + h > capacity.getAsInt()) {
        return Prepared.failed(Unencodable.VALENCE_ABOVE_CONSTRAINT,
            where + ": bonds " + bondSum + " + H " + h + " > capacity " + capacity.getAsInt());
      }
      boolean organic = charge == 0 && Valences.isOrganic(z) && h == Valences.implicitHydrogens(z, bondSum, capacity.getAsInt());
      symbols[i] = new AtomSymbol(1, z, charge, organic ? OptionalInt.empty() : OptionalInt.of(h));
    }
    return new Prepared(m, symbols, null);
  }

  private record Prepared(IAtomContainer molecule, AtomSymbol[] symbols, EncodingFailure failure) {
    static Prepared failed(Unencodable reason, String detail) {
      return new Prepared(null, null, new EncodingFailure(reason, detail));
    }
  }
}
