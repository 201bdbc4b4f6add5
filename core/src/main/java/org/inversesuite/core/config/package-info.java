/**
 * The one Jackson mapper ({@link org.inversesuite.core.config.Json}), unknown-field detection for configs, and run {@link org.inversesuite.core.config.Provenance}.
 */
package org.inversesuite.core.config;
