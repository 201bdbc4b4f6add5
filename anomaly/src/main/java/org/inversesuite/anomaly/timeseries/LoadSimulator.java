package org.inversesuite.anomaly.timeseries;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.inversesuite.core.random.Rng;

/**
 * Simulated hourly electrical load of a (commercial) building, the kind of series Turowski et al.
 * (2022) inject anomalies into. Hour h ∈ {0..23} of a day with day-of-year d:
 *
 * <p>Temperature: a yearly and a daily cycle plus AR(1) noise,
 * \[ T = \bar T - A_y\cos\tfrac{2\pi(d - 20)}{365.25} - A_d\cos\tfrac{2\pi(h - 4)}{24} + e,\quad
 *    e_t = \varphi e_{t-1} + \sigma_T\varepsilon_t . \]
 *
 * <p>Load: a daily profile that depends on the kind of day (working day, Saturday, Sunday or
 * {@link Holidays holiday}), a yearly factor, heating below and cooling above comfort
 * temperatures, and noise (multiplicative or additive),
 * \[ L = B\,D_{k}(h)\,Y(d) + k_h (T_h - T)^+ + k_c (T - T_c)^+, \qquad
 *    L \leftarrow L(1 + \sigma\varepsilon)\ \text{or}\ L + \sigma B\varepsilon, \]
 * with D(h) = 0.6 + a_k g(h) + 0.1 b(h), g(h) = exp(−((h − 12)/4.5)⁴) the office-hours plateau,
 * b(h) = exp(−(h − 19)²/4) an evening bump, a = 0.4 (working day), 0.15 (Saturday), 0.05
 * (Sunday and holidays), and Y(d) = 1 + A_Y cos(2π(d − 15)/365.25). Deterministic per seed.
 *
 * @param baseLoad B, kW
 * @param yearlyAmplitude A_Y, relative
 * @param meanTemperature T̄, °C
 * @param yearlyTemperatureAmplitude A_y, K
 * @param dailyTemperatureAmplitude A_d, K
 * @param arCoefficient φ of the temperature noise, in [0, 1)
 * @param arSigma σ_T, K
 * @param heatingBelow T_h, °C
 * @param heatingRate k_h, kW/K
 * @param coolingAbove T_c, °C
 * @param coolingRate k_c, kW/K
 * @param noise σ, relative (multiplicative) or as a share of B (additive)
 * @param multiplicative whether the noise multiplies the load
 */
public record LoadSimulator(double baseLoad, double yearlyAmplitude, double meanTemperature,
    double yearlyTemperatureAmplitude, double dailyTemperatureAmplitude, double arCoefficient, double arSigma,
    double heatingBelow, double heatingRate, double coolingAbove, double coolingRate, double noise,
    boolean multiplicative) {
  /** Validates the values. */
  public LoadSimulator {
    if (!(baseLoad > 0) || !(arCoefficient >= 0 && arCoefficient < 1) || !(noise >= 0) || !(arSigma >= 0)
        || !(heatingBelow <= coolingAbove) || !(heatingRate >= 0) || !(coolingRate >= 0)) {
      throw new IllegalArgumentException("invalid load simulator: " + this);
    }
  }

  /**
   * @return an office building in a central-European climate: B = 100 kW, A_Y = 0.08, T̄ = 10 °C,
   *     A_y = 9 K, A_d = 4 K, φ = 0.97, σ_T = 0.5 K, heating 1.5 kW/K below 15 °C, cooling 2.5 kW/K
   *     above 22 °C, 3% multiplicative noise
   */
  public static LoadSimulator office() {
    return new LoadSimulator(100, 0.08, 10, 9, 4, 0.97, 0.5, 15, 1.5, 22, 2.5, 0.03, true);
  }

  /** @return this simulator with another noise level and kind */
  public LoadSimulator withNoise(double sigma, boolean isMultiplicative) {
    return new LoadSimulator(baseLoad, yearlyAmplitude, meanTemperature, yearlyTemperatureAmplitude,
        dailyTemperatureAmplitude, arCoefficient, arSigma, heatingBelow, heatingRate, coolingAbove, coolingRate, sigma,
        isMultiplicative);
  }

  /**
   * @param start the first day
   * @param days the number of days, ≥ 1
   * @param seed the seed; the temperature and load noise use the streams "temperature" and "load"
   * @return the simulated series
   */
  public LoadSeries simulate(LocalDate start, int days, long seed) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be >= 1, got " + days);
    }
    Rng root = new Rng(seed);
    Rng tRng = root.stream("temperature");
    Rng lRng = root.stream("load");
    int n = days * LoadSeries.HOURS;
    double[] temp = new double[n];
    double[] load = new double[n];
    double e = arSigma / Math.sqrt(1 - arCoefficient * arCoefficient) * tRng.gaussian();
    for (int t = 0; t < n; t++) {
      LocalDate date = start.plusDays(t / LoadSeries.HOURS);
      int h = t % LoadSeries.HOURS;
      int doy = date.getDayOfYear();
      e = t == 0 ? e : arCoefficient * e + arSigma * tRng.gaussian();
      temp[t] = meanTemperature - yearlyTemperatureAmplitude * Math.cos(2 * Math.PI * (doy - 20) / 365.25)
          - dailyTemperatureAmplitude * Math.cos(2 * Math.PI * (h - 4) / 24.0) + e;
      double l = baseLoad * dailyProfile(date, h) * (1 + yearlyAmplitude * Math.cos(2 * Math.PI * (doy - 15) / 365.25))
          + heatingRate * Math.max(0, heatingBelow - temp[t]) + coolingRate * Math.max(0, temp[t] - coolingAbove);
      double eps = lRng.gaussian();
      load[t] = multiplicative ? l * (1 + noise * eps) : l + noise * baseLoad * eps;
    }
    return new LoadSeries(start, load, temp);
  }

  /** @return D_k(h), the relative load of hour h on {@code date}'s kind of day */
  public static double dailyProfile(LocalDate date, int h) {
    double activity;
    if (Holidays.isHoliday(date) || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      activity = 0.05;
    } else if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
      activity = 0.15;
    } else {
      activity = 0.4;
    }
    double g = Math.exp(-Math.pow((h - 12) / 4.5, 4));
    double b = Math.exp(-(h - 19) * (h - 19) / 4.0);
    return 0.6 + activity * g + 0.1 * b;
  }
}
