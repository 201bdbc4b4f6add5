/**
 * The logP-conditioned molecule designer: training molecules ({@link org.inversesuite.molecules.design.MoleculeSet}),
 * continuous encodings of SELFIES rows that decode every point to a valid molecule
 * ({@link org.inversesuite.molecules.design.SelfiesRepresentation}), the cINN that maps them to a
 * latent given logP ({@link org.inversesuite.molecules.design.MoleculeDesigner}), its training and its model file.
 */
package org.inversesuite.molecules.design;
