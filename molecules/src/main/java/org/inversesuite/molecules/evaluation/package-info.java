/**
 * Scoring generated molecules: validity, uniqueness, novelty, internal diversity (ECFP4 Tanimoto),
 * closeness to the target logP; the two baselines (random SELFIES, training molecules near the target);
 * the evaluation of a designer over a list of targets; re-ranking k·n cINN candidates by their
 * computed logP ({@link org.inversesuite.molecules.evaluation.NearestToTarget}).
 */
package org.inversesuite.molecules.evaluation;
