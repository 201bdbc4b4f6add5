/**
 * Self-training of the molecule designer by hindsight relabelling: designs drawn from the model are
 * decoded, scored with the Wildman–Crippen logP of the molecule they decode to, and fed back as exact
 * (x, logP) pairs of the conditional density (Andrychowicz et al. 2017, hindsight experience replay;
 * Ghosh et al. 2021, goal-conditioned supervised learning).
 */
package org.inversesuite.molecules.relabel;
