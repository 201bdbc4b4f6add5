"""Where a polar's CPU time goes, from a JFR recording of docs/scripts/AirfoilPolarSetCost.java.

Record with -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints (without it, samples of inlined
code are attributed to the caller's loop), then:
  jfr print --events jdk.ExecutionSample p.jfr > samples.txt
  python3 docs/scripts/airfoil_jfr_profile.py samples.txt
Each sample is charged to the first solver frame on its stack and that frame to a part of the
Newton iteration: the boundary-layer march (interval physics, tape recording), the Newton matrix
(reverse sweep and assembly), the LU factorisation, or the frame itself.
"""
import collections
import re
import sys

PARTS = {
    "LU factorisation": ["DenseLu", "subtractScaled2"],
    "Newton matrix": ["adjointJacobian", "MarchTape.sweep", "NewtonSystem", "VectorAxpy.subtractScaled"],
    "boundary-layer march": ["StationStep", "LaminarTwoEquation", "HeadEntrainment", "Amplification",
                             "BoundaryLayerMarch", "FalknerSkan", "InverseLaminar", "SeparatedLaminar",
                             "LaminarInterval", "EntrainmentLag", "MarchTape", "SideResult", "Thwaites"],
}


def part(frames):
    for name, _line in frames:
        if "inversesuite" not in name:
            continue
        for p, keys in PARTS.items():
            if any(k in name for k in keys):
                return p
        return "other: " + ".".join(name.split(".")[-2:])
    return "outside the solver"


def main(path):
    text = open(path).read()
    counts = collections.Counter()
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w.$<>]+)\(.*?line: (\d+)", event, re.M)
        if frames:
            counts[part(frames)] += 1
    total = sum(counts.values())
    print(f"{total} samples")
    for name, n in counts.most_common(15):
        print(f"{100 * n / total:5.1f} %  {name}")


if __name__ == "__main__":
    main(sys.argv[1])
