package org.inversesuite.cli.experiment;

import java.util.function.Supplier;
import org.inversesuite.core.problem.InverseProblem;
import org.inversesuite.core.tensor.Matrix;

/**
 * A built-in problem the {@code inverse} command knows by id.
 *
 * @param id stable identifier used in configs
 * @param description one line for {@code inverse list}
 * @param problem builds the problem
 * @param referenceObservations published held-out observations y* [m, dy], or null to draw them from the prior
 */
public record CatalogEntry(String id, String description, Supplier<InverseProblem> problem,
    Supplier<Matrix> referenceObservations) {}
