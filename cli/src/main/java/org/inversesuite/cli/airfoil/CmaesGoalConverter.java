package org.inversesuite.cli.airfoil;

import org.inversesuite.airfoil.design.CmaesGoal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads "tolerance" and "cinn-error" (any case, '_' for '-'); anything else is named in the message. */
final class CmaesGoalConverter implements ITypeConverter<CmaesGoal> {
  @Override
  public CmaesGoal convert(String value) {
    for (CmaesGoal g : CmaesGoal.values()) {
      if (g.label().equalsIgnoreCase(value.replace('_', '-'))) {
        return g;
      }
    }
    throw new TypeConversionException("unknown CMA-ES goal '" + value
        + "': use tolerance or cinn-error");
  }
}
