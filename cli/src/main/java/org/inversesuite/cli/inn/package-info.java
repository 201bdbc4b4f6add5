/** {@code inverse inn}: the INN of Ardizzone et al. 2019 on its toy problems, with figures. */
package org.inversesuite.cli.inn;
