/**
 * SELFIES, self-referencing embedded strings (M. Krenn, F. Häse, A. Nigam, P. Friederich,
 * A. Aspuru-Guzik, "Self-referencing embedded strings (SELFIES): A 100% robust molecular
 * string representation", Mach. Learn.: Sci. Technol. 1 (2020) 045024), written from the
 * paper's derivation rules: every sequence of symbols derives a molecule that satisfies the
 * {@link org.inversesuite.molecules.selfies.SemanticConstraints}.
 *
 * <p>Start from {@link org.inversesuite.molecules.selfies.SelfiesEncoder} (molecule → SELFIES),
 * {@link org.inversesuite.molecules.selfies.SelfiesDecoder} (SELFIES → molecule) and
 * {@link org.inversesuite.molecules.selfies.SelfiesAlphabet} (symbols ↔ integer indices for a
 * model's input). The symbols are described in
 * {@link org.inversesuite.molecules.selfies.SelfiesSymbol}.
 */
package org.inversesuite.molecules.selfies;
