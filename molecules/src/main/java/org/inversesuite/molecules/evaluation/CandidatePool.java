package org.inversesuite.molecules.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.inversesuite.core.random.Rng;
import org.inversesuite.molecules.design.MoleculeDesigner;
import org.inversesuite.molecules.logp.LogPCalculator;
import org.inversesuite.molecules.selfies.SelfiesDecoder;

/**
 * The cINN's decoded candidates for one condition, in draw order, drawn lazily in chunks of a fixed size:
 * \( x_i = f^{-1}(z_i; y) \), \( z_i \sim \mathcal N(0, T^2 I) \), each decoded and given its
 * Wildman–Crippen logP. The latent of every draw comes from one stream row by row, so the first m candidates are
 * the same whether they were drawn in one call or in chunks; the selections that share a pool
 * ({@link NearestToTarget} with several k, {@link WindowAcceptance}) therefore see the same draws as if each had
 * drawn its own from that stream, and the pool only draws as many as the most demanding one asks for.
 * It records the wall time of each chunk, so a selection can be charged for the draws it used.
 */
public final class CandidatePool {
  private final IntFunction<List<DecodedMolecule>> source;
  private final int chunk;
  private final List<DecodedMolecule> drawn = new ArrayList<>();
  private final List<Double> cumulativeSeconds = new ArrayList<>();

  /**
   * @param source draws the next m decoded candidates (m ≥ 1), continuing the same stream
   * @param chunk how many candidates one call draws, ≥ 1
   */
  public CandidatePool(IntFunction<List<DecodedMolecule>> source, int chunk) {
    if (chunk < 1) {
      throw new IllegalArgumentException("the chunk size must be >= 1, got " + chunk);
    }
    this.source = source;
    this.chunk = chunk;
  }

  /**
   * @param designer the cINN
   * @param y the condition it is asked for (with a schedule, the asked logP, not the target)
   * @param temperature T
   * @param rng the latent draws
   * @param decoder SELFIES decoder
   * @param logP the trusted forward process
   * @param chunk candidates per call
   * @return the pool of that designer's draws
   */
  public static CandidatePool of(MoleculeDesigner designer, double[] y, double temperature, Rng rng, SelfiesDecoder decoder,
      LogPCalculator logP, int chunk) {
    double[] condition = y.clone();
    return new CandidatePool(m -> {
      List<DecodedMolecule> out = new ArrayList<>(m);
      for (String s : designer.sample(condition, m, temperature, rng)) {
        out.add(DecodedMolecule.decode(s, decoder, logP));
      }
      return out;
    }, chunk);
  }

  /**
   * @param m how many candidates, ≥ 0
   * @return the first m candidates in draw order (drawing more chunks when needed), unmodifiable
   */
  public List<DecodedMolecule> first(int m) {
    if (m < 0) {
      throw new IllegalArgumentException("cannot take " + m + " candidates");
    }
    while (drawn.size() < m) {
      long start = System.nanoTime();
      List<DecodedMolecule> next = source.apply(chunk);
      if (next.size() != chunk) {
        throw new IllegalStateException("the candidate source returned " + next.size() + " of " + chunk + " candidates");
      }
      drawn.addAll(next);
      double before = cumulativeSeconds.isEmpty() ? 0 : cumulativeSeconds.get(cumulativeSeconds.size() - 1);
      cumulativeSeconds.add(before + (System.nanoTime() - start) * 1e-9);
    }
    return Collections.unmodifiableList(drawn.subList(0, m));
  }

  /** @return the i-th candidate in draw order, drawing more chunks when needed */
  public DecodedMolecule get(int i) {
    return first(i + 1).get(i);
  }

  /**
   * @param m a number of candidates already drawn
   * @return the wall time spent drawing, decoding and scoring the chunks that hold the first m candidates
   */
  public double secondsFor(int m) {
    if (m < 0 || m > drawn.size()) {
      throw new IllegalArgumentException("only " + drawn.size() + " candidates were drawn, asked for the time of " + m);
    }
    return m == 0 ? 0 : cumulativeSeconds.get((m - 1) / chunk);
  }

  /** @return how many candidates have been drawn so far */
  public int drawn() {
    return drawn.size();
  }
}
