"""Writes the .npy test fixtures of NpyReaderTest with NumPy; run in this directory."""
import numpy as np
from numpy.lib import format as npformat

f8 = np.array([[0.1, -2.5, 1.0 / 3.0], [1e300, -0.0, 5e-324]], dtype="<f8")
f4 = np.array([[0.1, -2.5, 3e-8], [1e30, -0.0, 7.0]], dtype="<f4")


def save(name, array, version=None):
    with open(name, "wb") as out:
        if version is None:
            np.save(out, array, allow_pickle=False)
        else:
            npformat.write_array(out, array, version=version, allow_pickle=False)


save("f8_2x3.npy", f8)
save("f4_2x3.npy", f4)
save("f8_1d.npy", np.array([1.5, -2.0, 4.25], dtype="<f8"))
save("i4_2x2.npy", np.array([[1, -2], [2147483647, -2147483648]], dtype="<i4"))
save("i8_1d.npy", np.array([0, -(2**53), 2**53], dtype="<i8"))
save("i8_inexact.npy", np.array([[1], [2**53 + 1]], dtype="<i8"))
save("f8_2x3_v2.npy", f8, version=(2, 0))
save("f4_2x3_v3.npy", f4, version=(3, 0))
save("f8_0x3.npy", np.zeros((0, 3), dtype="<f8"))
save("fortran_2x3.npy", np.asfortranarray(f8))
save("big_endian.npy", f8.astype(">f8"))
save("f2.npy", np.ones((2, 3), dtype="<f2"))
save("u1.npy", np.array([1, 2], dtype="|u1"))
save("rank3.npy", np.zeros((2, 2, 2), dtype="<f8"))
save("scalar.npy", np.array(1.0, dtype="<f8"))
save("structured.npy", np.zeros(2, dtype=[("a", "<f8")]))
