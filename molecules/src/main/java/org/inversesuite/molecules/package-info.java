/**
 * logP-conditioned inverse molecule design: the chemistry foundation. Molecules are read and
 * written with CDK in {@link org.inversesuite.molecules.io} (SMILES and SD files, with every bad
 * record reported), scored in {@link org.inversesuite.molecules.logp} (Wildman–Crippen, JPlogP,
 * XLogP behind one interface) and turned into valid-by-construction symbol strings in
 * {@link org.inversesuite.molecules.selfies} (SELFIES encoder, decoder, alphabet).
 */
package org.inversesuite.molecules;
