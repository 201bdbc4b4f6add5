package org.inversesuite.cli.table;

import java.util.ArrayList;
import java.util.List;

/**
 * What a cached rejection-ABC ground truth was computed with; a cache is reused only when every
 * field equals the one a run asks for (the result depends on each of them).
 *
 * @param task task name
 * @param epsilon ABC radius ε
 * @param seed root seed (observations and proposals are streams of it)
 * @param observations number of test observations N
 * @param target samples kept per observation (2S: ground truth and reference row)
 * @param maxProposals proposal budget
 * @param chunkSize proposals per chunk (part of the definition of the ABC result)
 */
public record GroundTruthProvenance(String task, double epsilon, long seed, int observations, int target,
    long maxProposals, int chunkSize) {

  /** @return "name: cached vs requested" for every field that differs; empty if none */
  public List<String> differences(GroundTruthProvenance requested) {
    List<String> out = new ArrayList<>();
    Differences.add(out, "task", task, requested.task, "cached");
    Differences.add(out, "epsilon", epsilon, requested.epsilon, "cached");
    Differences.add(out, "seed", seed, requested.seed, "cached");
    Differences.add(out, "observations", observations, requested.observations, "cached");
    Differences.add(out, "samples per observation", target, requested.target, "cached");
    Differences.add(out, "max proposals", maxProposals, requested.maxProposals, "cached");
    Differences.add(out, "chunk size", chunkSize, requested.chunkSize, "cached");
    return out;
  }

}
