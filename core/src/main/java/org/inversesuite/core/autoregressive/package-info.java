/**
 * Autoregressive networks: {@link org.inversesuite.core.autoregressive.Made}, the masked
 * dense network whose output i depends only on inputs before i (and on the condition), and
 * {@link org.inversesuite.core.autoregressive.MadeDegrees}, the degree rule that builds its
 * masks. The MAF and IAF blocks in {@code core.block} are built on it.
 */
package org.inversesuite.core.autoregressive;
