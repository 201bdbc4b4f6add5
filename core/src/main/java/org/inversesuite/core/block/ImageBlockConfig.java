package org.inversesuite.core.block;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.inversesuite.core.image.ConvCouplingConfig;
import org.inversesuite.core.image.HinetCouplingConfig;
import org.inversesuite.core.image.PixelwiseConfig;
import org.inversesuite.core.image.QuadConfig;

/**
 * The configurations of the image-shaped blocks of {@code org.inversesuite.core.image}. Java
 * requires the permitted subtypes of the sealed {@link BlockConfig} to share its package; this
 * non-sealed member is the one door through which the image package's records join it, and
 * Jackson finds their {@code "type"} names here.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = QuadConfig.class, name = "quad"),
    @JsonSubTypes.Type(value = PixelwiseConfig.class, name = "pixelwise"),
    @JsonSubTypes.Type(value = ConvCouplingConfig.class, name = "conv-coupling"),
    @JsonSubTypes.Type(value = HinetCouplingConfig.class, name = "hinet-coupling")
})
public non-sealed interface ImageBlockConfig extends BlockConfig {
}
