#!/usr/bin/env python3
"""Computes RDKit's Wildman-Crippen MolLogP for every line of nci_first_5K.smi.

Run once to produce the committed fixture nci_first_5K_rdkit_mollogp.csv; RDKit is
never needed by the Java build or tests. Usage (from this directory):

    /usr/bin/python3 rdkit_mollogp.py nci_first_5K.smi > nci_first_5K_rdkit_mollogp.csv

Each input line is 'SMILES<TAB>id'. The whole record is scored as written (salts and
counter-ions included), exactly as Chem.MolFromSmiles reads it. Records RDKit cannot
parse are kept with an empty rdkit_mollogp so that the Java test can list them.
"""
import csv
import sys

from rdkit import Chem, RDLogger
from rdkit.Chem import Crippen

RDLogger.DisableLog("rdApp.*")


def main(path):
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["id", "smiles", "rdkit_mollogp"])
    with open(path, encoding="ascii") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            smiles, ident = line.split("\t")
            mol = Chem.MolFromSmiles(smiles)
            value = "" if mol is None else "%.4f" % Crippen.MolLogP(mol)
            out.writerow([ident, smiles, value])


if __name__ == "__main__":
    main(sys.argv[1])
