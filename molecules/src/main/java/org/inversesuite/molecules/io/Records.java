package org.inversesuite.molecules.io;

import java.util.List;
import java.util.Map;
import org.openscience.cdk.interfaces.IAtomContainer;

/** The step shared by the readers: a parsed molecule becomes a record or a problem. */
final class Records {
  private Records() {}

  static void accept(IAtomContainer molecule, String id, int record, int line, Map<String, String> fields,
      FragmentPolicy policy, List<MoleculeRecord> molecules, List<ReadProblem> problems) {
    if (molecule.getAtomCount() == 0) {
      problems.add(new ReadProblem(record, line, id, ProblemKind.EMPTY_MOLECULE, "the record has no atoms"));
      return;
    }
    int fragments = Fragments.count(molecule);
    if (fragments == 1 || policy == FragmentPolicy.KEEP_ALL) {
      molecules.add(new MoleculeRecord(id, molecule, record, line, 0, fields));
    } else if (policy == FragmentPolicy.REJECT) {
      problems.add(new ReadProblem(record, line, id, ProblemKind.MULTIPLE_FRAGMENTS,
          fragments + " fragments and the fragment policy is REJECT"));
    } else {
      molecules.add(new MoleculeRecord(id, Fragments.largest(molecule), record, line, fragments - 1, fields));
    }
  }
}
