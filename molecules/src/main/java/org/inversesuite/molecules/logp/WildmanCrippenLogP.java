package org.inversesuite.molecules.logp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.isomorphism.Pattern;
import org.openscience.cdk.isomorphism.matchers.IQueryAtom;
import org.openscience.cdk.isomorphism.matchers.QueryAtomContainer;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smarts.Smarts;
import org.openscience.cdk.smarts.SmartsPattern;

/**
 * Wildman–Crippen logP: a sum of atomic contributions over all atoms, hydrogens included,
 * \[ \log P = \sum_{a \in \text{atoms}} c_{t(a)} , \]
 * where \( t(a) \) is the atom's type from Table 1 of S. A. Wildman and G. M. Crippen,
 * "Prediction of Physicochemical Parameters by Atomic Contributions", J. Chem. Inf. Comput.
 * Sci. 1999, 39, 868–873, and \( c_t \) the fitted contribution of that type.
 *
 * <p>Typing follows RDKit's {@code MolLogP}, which encodes the paper's types as SMARTS in
 * priority order ({@link CrippenTable}): hydrogens are made explicit, ring membership and
 * Daylight aromaticity are perceived (CDK's {@link SmartsPattern#prepare}), and each atom takes
 * the type of the first table row whose SMARTS matches with that atom as the pattern's first
 * atom. Atoms no row matches contribute 0 (RDKit does the same); {@link #contributions} reports
 * them as {@link AtomContribution#UNTYPED}.
 *
 * <p>Deviation: RDKit perceives aromaticity with its own model, CDK here with the Daylight
 * model; they agree on ordinary aromatic systems and differ on a few fused or charged rings.
 * Instances hold compiled CDK patterns and are not shared between threads.
 */
public final class WildmanCrippenLogP implements LogPCalculator {
  private final List<CrippenAtomType> table;
  private final List<Pattern> patterns;
  private final List<IQueryAtom> firstAtoms;

  /**
   * @param table atom types in priority order; each SMARTS must parse
   * @throws IllegalArgumentException naming the row whose SMARTS CDK cannot parse
   */
  public WildmanCrippenLogP(List<CrippenAtomType> table) {
    this.table = List.copyOf(Objects.requireNonNull(table, "table"));
    if (this.table.isEmpty()) {
      throw new IllegalArgumentException("the atom-type table is empty");
    }
    List<Pattern> compiled = new ArrayList<>(this.table.size());
    List<IQueryAtom> first = new ArrayList<>(this.table.size());
    for (CrippenAtomType row : this.table) {
      QueryAtomContainer query = new QueryAtomContainer(SilentChemObjectBuilder.getInstance());
      if (!Smarts.parse(query, row.smarts())) {
        throw new IllegalArgumentException("type " + row.type() + ": CDK cannot parse SMARTS '" + row.smarts() + "': "
            + Smarts.getLastErrorMesg());
      }
      compiled.add(Pattern.findSubstructure(query));
      first.add((IQueryAtom) query.getAtom(0));
    }
    this.patterns = List.copyOf(compiled);
    this.firstAtoms = List.copyOf(first);
  }

  /** @return a calculator with the bundled table ({@link CrippenTable#load()}) */
  public static WildmanCrippenLogP create() {
    return new WildmanCrippenLogP(CrippenTable.load());
  }

  @Override
  public LogPMethod method() {
    return LogPMethod.WILDMAN_CRIPPEN;
  }

  /** @return the atom-type table in priority order */
  public List<CrippenAtomType> table() {
    return table;
  }

  @Override
  public double logP(IAtomContainer molecule) {
    double sum = 0;
    for (AtomContribution c : contributions(molecule)) {
      sum += c.logP();
    }
    return sum;
  }

  /**
   * Types every atom and implicit hydrogen of the molecule.
   *
   * @param molecule a molecule with implicit hydrogen counts set; not modified
   * @return one row per atom of the input (in input order), then one per implicit hydrogen
   * @throws IllegalArgumentException when the molecule is empty or an implicit hydrogen count is unset
   */
  public List<AtomContribution> contributions(IAtomContainer molecule) {
    Objects.requireNonNull(molecule, "molecule");
    if (molecule.getAtomCount() == 0) {
      throw new IllegalArgumentException("cannot compute logP of an empty molecule");
    }
    int heavy = molecule.getAtomCount();
    IAtomContainer work = withExplicitHydrogens(molecule);
    SmartsPattern.prepare(work);
    int n = work.getAtomCount();
    int[] typeOf = new int[n];
    Arrays.fill(typeOf, -1);
    int untyped = n;
    for (int p = 0; p < patterns.size() && untyped > 0; p++) {
      if (!anyCandidate(work, typeOf, firstAtoms.get(p))) {
        continue;
      }
      for (int[] mapping : patterns.get(p).matchAll(work)) {
        if (typeOf[mapping[0]] < 0) {
          typeOf[mapping[0]] = p;
          untyped--;
        }
      }
    }
    List<AtomContribution> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      boolean hydrogen = i >= heavy;
      int owner = hydrogen ? work.indexOf(work.getConnectedAtomsList(work.getAtom(i)).get(0)) : i;
      if (typeOf[i] < 0) {
        rows.add(new AtomContribution(owner, hydrogen, AtomContribution.UNTYPED, 0.0));
      } else {
        CrippenAtomType t = table.get(typeOf[i]);
        rows.add(new AtomContribution(owner, hydrogen, t.type(), t.logP()));
      }
    }
    return List.copyOf(rows);
  }

  /** A pattern can only type an atom its first query atom matches on its own: a cheap pre-filter. */
  private static boolean anyCandidate(IAtomContainer work, int[] typeOf, IQueryAtom first) {
    for (int i = 0; i < typeOf.length; i++) {
      if (typeOf[i] < 0 && first.matches(work.getAtom(i))) {
        return true;
      }
    }
    return false;
  }

  /** A clone whose implicit hydrogens are appended as explicit atoms, after the input's atoms. */
  private static IAtomContainer withExplicitHydrogens(IAtomContainer molecule) {
    IAtomContainer work;
    try {
      work = molecule.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("CDK atom container cannot be cloned", e);
    }
    int heavy = work.getAtomCount();
    for (int i = 0; i < heavy; i++) {
      IAtom atom = work.getAtom(i);
      Integer h = atom.getImplicitHydrogenCount();
      if (h == null) {
        throw new IllegalArgumentException("atom " + i + " (" + atom.getSymbol() + ") has no implicit hydrogen count set");
      }
      for (int k = 0; k < h; k++) {
        IAtom hydrogen = work.getBuilder().newInstance(IAtom.class, "H");
        hydrogen.setImplicitHydrogenCount(0);
        work.addAtom(hydrogen);
        work.addBond(i, work.getAtomCount() - 1, IBond.Order.SINGLE);
      }
      atom.setImplicitHydrogenCount(0);
    }
    return work;
  }
}
