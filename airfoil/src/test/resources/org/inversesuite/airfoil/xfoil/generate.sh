#!/bin/sh
# Regenerates the XFOIL fixtures of this directory (see README.md). Needs xfoil and xvfb-run;
# run it from this directory: sh generate.sh
set -eu
here=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

xf() { (cd "$work" && xvfb-run -a xfoil >> "$work/log" 2>&1); }

# $1 = geometry commands, $2 = fixture name, $3 = Reynolds number or "inviscid"
polar() {
  geom=$1; name=$2; re=$3
  if [ "$re" = inviscid ]; then
    printf '%b\nOPER\nPACC\np0\n\nASEQ -4 10 2\nPACC\n\nQUIT\n' "$geom" | xf
    files="p0"
  else
    # two sweeps in steps of 0.5 degree away from alpha = 2, the second one started from a
    # converged alpha = 2 solution; only whole degrees are kept
    printf '%b\nOPER\nVISC %s\nITER 300\nPACC\np1\n\nASEQ 2 10 0.5\nPACC\n\nQUIT\n' "$geom" "$re" | xf
    printf '%b\nOPER\nVISC %s\nITER 300\nALFA 2\nPACC\np2\n\nASEQ 1.5 -4 -0.5\nPACC\n\nQUIT\n' "$geom" "$re" | xf
    files="p1 p2"
  fi
  out="$here/$name-$re.csv"
  echo "alpha,cl,cd,cdp,cm,xtr_top,xtr_bot" > "$out"
  # polar rows follow the dashed header line; keep alpha CL CD CDp CM Top_Xtr Bot_Xtr
  for f in $files; do
    awk 'f && NF >= 7 && $1 == int($1) {printf "%s,%s,%s,%s,%s,%s,%s\n", $1,$2,$3,$4,$5,$6,$7} /^ *------/ {f=1}' "$work/$f"
    rm -f "$work/$f"
  done > "$work/rows"
  if [ "$re" != inviscid ]; then
    # a whole degree that did not converge in the sweeps gets one more try, warm-started
    # from a quarter degree above, with more iterations
    for a in $(seq -4 10); do
      if ! awk -F, -v a="$a" '$1 + 0 == a {found=1} END {exit !found}' "$work/rows"; then
        b=$(awk -v a="$a" 'BEGIN {print a + 0.25}')
        printf '%b\nOPER\nVISC %s\nITER 500\nALFA %s\nPACC\np3\n\nALFA %s\nPACC\n\nQUIT\n' "$geom" "$re" "$b" "$a" | xf
        awk 'f && NF >= 7 && $1 == int($1) {printf "%s,%s,%s,%s,%s,%s,%s\n", $1,$2,$3,$4,$5,$6,$7} /^ *------/ {f=1}' "$work/p3" >> "$work/rows"
        rm -f "$work/p3"
      fi
    done
  fi
  sort -t, -k1,1g "$work/rows" >> "$out"
}

for foil in naca0012 naca2412 naca4415 cst-a cst-b; do
  cp "$here/$foil.dat" "$work/"
  for re in inviscid 1e6 3e6; do polar "LOAD $foil.dat\nPANE" "$foil" "$re"; done
done

# CST-B with its trailing edge opened to 0.05 % chord as the solver opens it (PanelMethod.MIN_TRAILING_EDGE_GAP,
# the linear CST term +-x*gap/2, which XFOIL's TGAP with blending distance 1 adds): XFOIL's blunt-edge model
cp "$here/cst-b.dat" "$work/"
for re in 1e6 3e6; do polar "LOAD cst-b.dat\nGDES\nTGAP\n0.0005\n1.0\nEXEC\n\nPANE" "cst-b-opened" "$re"; done

# NACA 0012 and 4415 with the closed (sharp) trailing edge of the four-digit equations (a4 = -0.1036),
# a second and third sharp-edged check of the solver's TrailingEdgeModel.XFOIL_SHARP
for foil in naca0012-sharp naca4415-sharp; do
  cp "$here/$foil.dat" "$work/"
  for re in inviscid 1e6 3e6; do polar "LOAD $foil.dat\nPANE" "$foil" "$re"; done
done

# the sharp-edged sections with XFOIL's trailing-edge panels refined (PPAR: 320 nodes, TE/LE panel density
# ratio 1; edge panel 0.0011 chord instead of 0.008 at the default 160 nodes, 0.15): XFOIL's sharp-edge
# answer depends on the edge panel's length (docs/airfoil-validation.md, "Sharp trailing edge (session 12)")
for foil in cst-b naca0012-sharp; do
  cp "$here/$foil.dat" "$work/"
  for re in 1e6 3e6; do polar "LOAD $foil.dat\nPANE\nPPAR\nN\n320\nT\n1\n\n" "$foil-refined" "$re"; done
done
