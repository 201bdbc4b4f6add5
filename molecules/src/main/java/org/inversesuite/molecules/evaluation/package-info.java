/**
 * Scoring generated molecules: validity, uniqueness, novelty, internal diversity (ECFP4 Tanimoto),
 * closeness to the target logP; the two baselines (random SELFIES, training molecules near the target);
 * the evaluation of a designer over a list of targets.
 */
package org.inversesuite.molecules.evaluation;
