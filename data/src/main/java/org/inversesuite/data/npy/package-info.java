/**
 * NumPy .npy files: {@link org.inversesuite.data.npy.NpyReader}, {@link org.inversesuite.data.npy.NpyWriter}.
 */
package org.inversesuite.data.npy;
