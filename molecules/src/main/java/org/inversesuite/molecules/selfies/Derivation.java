package org.inversesuite.molecules.selfies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one SELFIES derivation (Krenn et al. 2020): atoms, bonds and pending ring
 * bonds as plain arrays and maps; {@link SelfiesDecoder} turns the result into a CDK molecule.
 * The state X_i of the paper is the number of bonds the current atom may still form; -1
 * stands for X_0, "no atom yet".
 */
final class Derivation {
  private static final int START = -1;

  private final List<SelfiesSymbol> symbols;
  private final List<String> texts;
  private final SemanticConstraints constraints;
  final List<AtomSymbol> atoms = new ArrayList<>();
  final List<Integer> capacity = new ArrayList<>();
  final List<Integer> bondSum = new ArrayList<>();
  /** Bond orders keyed by {@link #key(int, int)} of the two atom indices, in creation order. */
  final Map<Long, Integer> bonds = new LinkedHashMap<>();
  private final List<int[]> rings = new ArrayList<>();
  private int position;
  /** Symbols read but without effect: skipped atoms, branches at X_0/X_1, rings at X_0, {@code [nop]}, dropped ring bonds. */
  int ignored;

  Derivation(List<SelfiesSymbol> symbols, List<String> texts, SemanticConstraints constraints) {
    this.symbols = symbols;
    this.texts = texts;
    this.constraints = constraints;
  }

  void run() {
    derive(Integer.MAX_VALUE, START, -1);
    closeRings();
  }

  /** @return symbols never read (a saturated main chain ends the derivation) plus those read without effect */
  int unused() {
    return symbols.size() - position + ignored;
  }

  /** Derives at most {@code budget} symbols from state {@code state} on atom {@code previous}; returns how many it read. */
  private int derive(int budget, int state, int previous) {
    int read = 0;
    while (state != 0 && read < budget && position < symbols.size()) {
      SelfiesSymbol symbol = symbols.get(position++);
      read++;
      if (symbol instanceof AtomSymbol atom) {
        int alpha = constraints.bondingCapacity(atom).orElseThrow();
        if (state == START) {
          previous = addAtom(atom, alpha);
          state = alpha;
        } else if (alpha > 0) {
          int mu = Math.min(atom.bondOrder(), Math.min(alpha, state));
          int added = addAtom(atom, alpha);
          addBond(previous, added, mu);
          previous = added;
          state = alpha - mu;
        } else {
          ignored++;
        }
      } else if (symbol instanceof BranchSymbol branch) {
        if (state > 1) {
          int before = position;
          int q = readIndex(branch.length());
          read += position - before;
          int initial = Math.min(state - 1, branch.bondOrder());
          read += derive(q + 1, initial, previous);
          state -= initial;
        } else {
          ignored++;
        }
      } else if (symbol instanceof RingSymbol ring) {
        if (state != START) {
          int before = position;
          int q = readIndex(ring.length());
          read += position - before;
          int mu = Math.min(ring.bondOrder(), state);
          rings.add(new int[] {Math.max(0, previous - (q + 1)), previous, mu});
          state -= mu;
        } else {
          ignored++;
        }
      } else {
        ignored++;
      }
    }
    return read;
  }

  /** Reads up to {@code length} symbols as base-16 digits; fewer if the string ends. */
  private int readIndex(int length) {
    int q = 0;
    for (int k = 0; k < length && position < symbols.size(); k++) {
      q = q * 16 + IndexSymbols.value(texts.get(position++));
    }
    return q;
  }

  private int addAtom(AtomSymbol atom, int alpha) {
    atoms.add(atom);
    capacity.add(alpha);
    bondSum.add(0);
    return atoms.size() - 1;
  }

  private void addBond(int a, int b, int order) {
    bonds.merge(key(a, b), order, Integer::sum);
    bondSum.set(a, bondSum.get(a) + order);
    bondSum.set(b, bondSum.get(b) + order);
  }

  /** Ring bonds are formed after the derivation, each lowered to what both atoms can still take. */
  private void closeRings() {
    for (int[] r : rings) {
      int a = r[0];
      int b = r[1];
      if (a == b) {
        ignored++;
        continue;
      }
      int existing = bonds.getOrDefault(key(a, b), 0);
      int order = Math.min(Math.min(r[2], 3 - existing),
          Math.min(capacity.get(a) - bondSum.get(a), capacity.get(b) - bondSum.get(b)));
      if (order > 0) {
        addBond(a, b, order);
      } else {
        ignored++;
      }
    }
  }

  static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
