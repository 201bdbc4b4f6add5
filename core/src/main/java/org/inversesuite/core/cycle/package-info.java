/**
 * An autoregressive flow trained for inverse problems with a cycle (re-simulation) loss: the
 * conditional masked autoregressive flow q(x | y) of {@link org.inversesuite.core.flow.FlowPresets#maf}
 * trained by maximum likelihood plus λ·E‖F(x̂) − y‖² on samples x̂ drawn through the flow's inverse
 * (the autoregressive-flow entry of Kruse et al. 2021, "Benchmarking invertible architectures on
 * inverse problems", as this suite reads it; see {@link org.inversesuite.core.cycle.CycleObjective}).
 * Start from {@link org.inversesuite.core.cycle.CycleTraining}; the gradient of a loss on the
 * inverse pass is {@link org.inversesuite.core.cycle.ImplicitInverseGradient}.
 */
package org.inversesuite.core.cycle;
