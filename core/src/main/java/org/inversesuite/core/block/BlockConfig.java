package org.inversesuite.core.block;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.inversesuite.core.nn.Parameters;
import org.inversesuite.core.random.Rng;

/**
 * The configuration of one block: pure data, read from and written to JSON with a stable
 * {@code "type"} name, and able to build its block. Random structural choices (permutations)
 * are drawn from the {@code structure} stream when the config leaves them open; the built
 * block's {@link InvertibleBlock#config()} states them explicitly.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AffineCouplingConfig.class, name = "affine-coupling"),
    @JsonSubTypes.Type(value = AdditiveCouplingConfig.class, name = "additive-coupling"),
    @JsonSubTypes.Type(value = AllInOneConfig.class, name = "all-in-one"),
    @JsonSubTypes.Type(value = ActNormConfig.class, name = "actnorm"),
    @JsonSubTypes.Type(value = PermutationConfig.class, name = "permutation"),
    @JsonSubTypes.Type(value = LuLinearConfig.class, name = "lu-linear"),
    @JsonSubTypes.Type(value = RqSplineCouplingConfig.class, name = "rq-spline-coupling"),
    @JsonSubTypes.Type(value = GinCouplingConfig.class, name = "gin-coupling"),
    @JsonSubTypes.Type(value = MafConfig.class, name = "maf"),
    @JsonSubTypes.Type(value = IafConfig.class, name = "iaf"),
    @JsonSubTypes.Type(value = InvertibleResidualConfig.class, name = "invertible-residual"),
    @JsonSubTypes.Type(value = ImageBlockConfig.class),
    @JsonSubTypes.Type(value = GraphBlockConfig.class)
})
public sealed interface BlockConfig
    permits AffineCouplingConfig, AdditiveCouplingConfig, AllInOneConfig, ActNormConfig, PermutationConfig, LuLinearConfig,
        RqSplineCouplingConfig, GinCouplingConfig, MafConfig, IafConfig, InvertibleResidualConfig, ImageBlockConfig,
        GraphBlockConfig {

  /**
   * @param parameters where the block allocates its weights
   * @param name prefix of the block's parameter names, e.g. "block3"
   * @param dimension width of x
   * @param conditionDimension width of the condition fed to the block (0: unconditional)
   * @param structure random stream for structural choices left open in the config
   * @return the block
   */
  InvertibleBlock build(Parameters parameters, String name, int dimension, int conditionDimension, Rng structure);
}
