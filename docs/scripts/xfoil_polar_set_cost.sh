#!/bin/sh
# XFOIL and the embedded solver side by side on the same design-space polar set (docs/airfoil.md,
# "Solver speed (session 11)"). Run from the repository root after `mvn -o -q install -DskipTests`
# and with `xfoil` and `Xvfb` installed (apt-get install -y xfoil xvfb; validation only, never a
# dependency). Usage: [CLASSES=dir] [XRUNS=n] sh docs/scripts/xfoil_polar_set_cost.sh [DESIGNS [ITER [OUT]]]
# (cp.txt: mvn -o -q -pl airfoil dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
#
# Per pass both are started together under nice -n 10 (the order alternates between the passes):
#  - ours: AirfoilPolarSetCost.java DESIGNS 120 (CPU time of its solver thread, after warm-up);
#  - XFOIL: ONE xfoil process for the whole set (per shape LOAD, PPAR N 120, RE, ASEQ -2 7 1 with a
#    fresh boundary layer), run XRUNS times (default 1) in a row while ours runs; its user+system CPU time from
#    /usr/bin/time, and separately the CPU time of the virtual X server its plots go to (this
#    Debian build stops with SIGFPE when graphics are switched off with PLOP / G F).
set -e
DESIGNS=${1:-60}
ITER=${2:-100}
OUT=${3:-target/xfoil-polar-set}
XRUNS=${XRUNS:-1}
# CLASSES: the airfoil build of the embedded solver (default airfoil/target/classes)
CLASSES=${CLASSES:-airfoil/target/classes}
DEP="core/target/classes:data/target/classes:$(cat airfoil/target/cp.txt)"
CP="$CLASSES:$DEP"
JAVA="java --add-modules=jdk.incubator.vector"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
$JAVA -cp "$CP" docs/scripts/XfoilPolarSetCost.java write "$DESIGNS" 120 "$ITER" "$OUT/shapes"
POLARS=$(wc -l < "$OUT/shapes/designs.txt")
DISP=:$(( 100 + $$ % 400 ))
Xvfb "$DISP" -screen 0 1280x1024x24 -nolisten tcp > "$OUT/xvfb.log" 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1
TICK=$(getconf CLK_TCK)
xvfb_cpu() { awk -v t="$TICK" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$XVFB/stat"; }

xfoil_runs() { # pass: XRUNS sessions of one xfoil process each
  for r in $(seq 1 "$XRUNS"); do
    rm -f "$OUT"/shapes/*.pol
    x0=$(xvfb_cpu)
    (cd "$OUT/shapes" && DISPLAY=$DISP nice -n 10 /usr/bin/time -f "%U %S %e" -o "$OUT/xfoil-time-$1-$r.txt" \
      xfoil < commands.txt > "$OUT/xfoil-log-$1-$r.txt" 2>&1) || true
    x1=$(xvfb_cpu)
    read -r u s e < "$OUT/xfoil-time-$1-$r.txt"
    echo "$u $s $e $x0 $x1" | awk -v p="$POLARS" -v pass="$1" -v run="$r" '{
      cpu = $1 + $2; x = $5 - $4;
      printf "xfoil pass %s run %s: %d polars, %.2f s CPU (user+sys), %.4f s per polar, %.2f polars/s per core; X server %.2f s (with it %.4f s per polar); wall %.1f s\n",
        pass, run, p, cpu, cpu / p, p / cpu, x, (cpu + x) / p, $3 }'
  done
  (cd "$OUT/shapes" && ls *.pol 2>/dev/null | wc -l | xargs echo "  polar files:")
}

ours() {
  nice -n 10 $JAVA -cp "$CP" docs/scripts/AirfoilPolarSetCost.java "$DESIGNS" 120 "$OUT/points-ours-$1.txt" \
    | sed "s/^/ours  pass $1: /"
}

for pass in 1 2; do
  if [ "$pass" = 1 ]; then
    xfoil_runs "$pass" > "$OUT/xfoil-$pass.txt" & XP=$!; ours "$pass" > "$OUT/ours-$pass.txt" & OP=$!
  else
    ours "$pass" > "$OUT/ours-$pass.txt" & OP=$!; xfoil_runs "$pass" > "$OUT/xfoil-$pass.txt" & XP=$!
  fi
  wait $XP; wait $OP
  cat "$OUT/xfoil-$pass.txt" "$OUT/ours-$pass.txt"
done
$JAVA -cp "$CP" docs/scripts/XfoilPolarSetCost.java compare "$OUT/shapes" "$OUT/points-ours-2.txt"
