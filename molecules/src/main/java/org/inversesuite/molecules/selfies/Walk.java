package org.inversesuite.molecules.selfies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;

/**
 * The depth-first walk of {@link SelfiesEncoder}: one use per molecule. Visiting order equals
 * the decoder's atom creation order, which is what ring distances count.
 */
final class Walk {
  private final IAtomContainer molecule;
  private final AtomSymbol[] symbols;
  private final int[] visit;
  private int next;
  EncodingFailure failure;

  Walk(IAtomContainer molecule, AtomSymbol[] symbols) {
    this.molecule = molecule;
    this.symbols = symbols;
    this.visit = new int[molecule.getAtomCount()];
    Arrays.fill(visit, -1);
  }

  /** @return the symbols of the subtree rooted at {@code atom}, entered through {@code parent} (null at the root) */
  List<String> emit(IAtom atom, IBond parent) {
    int i = molecule.indexOf(atom);
    visit[i] = next++;
    List<IBond> bonds = molecule.getConnectedBondsList(atom);
    List<String> out = new ArrayList<>();
    out.add(symbols[i].withBondOrder(parent == null ? 1 : parent.getOrder().numeric()).text());
    for (IBond bond : bonds) {
      int j = molecule.indexOf(bond.getOther(atom));
      if (bond != parent && visit[j] >= 0) {
        addIndexed(out, visit[i] - visit[j] - 1, bond.getOrder().numeric(), false);
      }
    }
    List<IBond> childBonds = new ArrayList<>();
    List<List<String>> children = new ArrayList<>();
    for (IBond bond : bonds) {
      IAtom other = bond.getOther(atom);
      if (bond != parent && visit[molecule.indexOf(other)] < 0) {
        childBonds.add(bond);
        children.add(emit(other, bond));
      }
    }
    for (int c = 0; c < children.size(); c++) {
      List<String> child = children.get(c);
      if (c < children.size() - 1) {
        addIndexed(out, child.size() - 1, childBonds.get(c).getOrder().numeric(), true);
      }
      out.addAll(child);
    }
    return out;
  }

  private void addIndexed(List<String> out, int q, int bondOrder, boolean branch) {
    if (q >= 4096) {
      if (failure == null) {
        failure = new EncodingFailure(Unencodable.TOO_LARGE, (branch ? "branch of " + (q + 1) + " symbols" : "ring distance " + (q + 1))
            + " exceeds the 4096 that three index symbols can hold");
      }
      return;
    }
    int length = IndexSymbols.lengthFor(q);
    out.add(branch ? new BranchSymbol(bondOrder, length).text() : new RingSymbol(bondOrder, length).text());
    out.addAll(IndexSymbols.encode(q, length));
  }
}
