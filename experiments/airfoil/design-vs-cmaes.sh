#!/usr/bin/env bash
# Parts 5 and 6 of the airfoil issue on the default design space, as measured in docs/airfoil.md,
# "Parts 5 and 6 with ten times the data (session 20)" and "Part 6 (sessions 21 and 22)":
#   40,000 simulated designs (~8-9 min on 2 idle cores; resumable: rerun to finish; the whole script ~18-21 min),
#   the cINN trained on them (~45 s), part 5's target drawn with five seeds (~5 s each), and
#   part 6: the cINN against CMA-ES on 100 targets (ten sets of 10, ~1 min each; ten targets are too few,
#   single targets move a set's mean by 2x): seeds 11-14 and the order-5 box's targets (session 20's 50),
#   then seeds 15-19. The claim is the ratio of the 100-target means, not any set's.
# Usage, from the repository root after `mvn -B -q package -DskipTests`:
#   experiments/airfoil/design-vs-cmaes.sh OUT [ROWS]
# INVERSE overrides the launcher (default cli/target/inverse/bin/inverse).
# ALPHAS makes the data set one of polars at those angles (`dataset --alphas`), e.g. the model "mp" of docs/airfoil.md,
# "A design model trained on polars (session 24)": ALPHAS=0:6:0.5 experiments/airfoil/design-vs-cmaes.sh OUT 4000
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: $0 OUT [ROWS]   (OUT: a folder for the data set, model, families and comparisons; ROWS default 40000)" >&2
  exit 2
fi
out=$1
rows=${2:-40000}
inverse=${INVERSE:-cli/target/inverse/bin/inverse}
here=$(dirname "$0")
if [[ ! -x $inverse ]]; then
  echo "no launcher at $inverse: build it first (mvn -B -q package -DskipTests) or set INVERSE" >&2
  exit 2
fi
mkdir -p "$out"
polars=()
if [[ -n ${ALPHAS:-} ]]; then
  polars=(--alphas "$ALPHAS")
fi
"$inverse" airfoil dataset --rows "$rows" --chunk 250 "${polars[@]}" --out "$out/data" -q
"$inverse" airfoil train "$out/data" -o "$out/model.inn" --iterations 8000 -q --force
for seed in 1 2 3 4 5; do
  "$inverse" airfoil design "$out/model.inn" --cl 0.66 --ld 100 --alpha 4 --re 1e6 --min-thickness 0.11 -n 100 \
    --seed "$seed" --out "$out/family-$seed" --force | grep -E 'shapes drawn|top half'
done
compare=(--targets 10 --pool 500 --no-family --no-orders --no-parallel --surrogate MLP
  --cmaes-goal tolerance,cinn-error --force)
for seed in 11 12 13 14 15 16 17 18 19; do
  "$inverse" airfoil compare "$out/model.inn" "${compare[@]}" --seed "$seed" --out "$out/compare-seed$seed"
done
"$inverse" airfoil compare "$out/model.inn" "${compare[@]}" --targets-from "$here/cst5-space.json" \
  --out "$out/compare-order5-targets"
if command -v python3 >/dev/null; then
  python3 "$here/../../docs/scripts/airfoil_compare_means.py" "$out"/compare-*/compare.md
fi
echo "parts 5 and 6: $out/family-*/ and $out/compare-*/compare.md"
