"""Regenerates the SSIM/PSNR fixture of SsimFixtureTest with scikit-image (run from this folder).

Provenance: Debian python3-skimage 0.19.3-8 with numpy 1.24.2 (Debian python3 3.11), 2026-11-29.
Inputs: 64x64 crops of camera.png (grey, rows 100-163, cols 200-263) and astronaut.png (RGB,
rows 50-113, cols 180-243) from ../shared/data/images (scikit-image's sample images), plus
Gaussian noise of sigma 25 from numpy.random.default_rng(2004), rounded and clipped to uint8.
SSIM: structural_similarity(gaussian_weights=True, sigma=1.5, use_sample_covariance=False,
data_range=255), i.e. Wang et al. 2004; PSNR: peak_signal_noise_ratio(data_range=255).
"""
import json
import sys

import numpy as np
from skimage import io
from skimage.metrics import peak_signal_noise_ratio, structural_similarity

images = sys.argv[1] if len(sys.argv) > 1 else "../../../../../../../../../shared/data/images"
rng = np.random.default_rng(2004)
out = {}
for name, file, rows, cols in [("camera", "camera.png", (100, 164), (200, 264)),
                               ("astronaut", "astronaut.png", (50, 114), (180, 244))]:
    clean = io.imread(f"{images}/{file}")[rows[0]:rows[1], cols[0]:cols[1]]
    noisy = np.clip(np.round(clean + rng.normal(0, 25, clean.shape)), 0, 255).astype(np.uint8)
    io.imsave(f"{name}-clean.png", clean, check_contrast=False)
    io.imsave(f"{name}-noisy.png", noisy, check_contrast=False)
    multichannel = clean.ndim == 3
    ssim = structural_similarity(clean.astype(float), noisy.astype(float), gaussian_weights=True, sigma=1.5,
                                 use_sample_covariance=False, data_range=255,
                                 channel_axis=2 if multichannel else None)
    psnr = peak_signal_noise_ratio(clean, noisy, data_range=255)
    out[name] = {"ssim": float(ssim), "psnr": float(psnr)}
with open("ssim-fixture.json", "w") as f:
    json.dump({"source": "scikit-image 0.19.3 (Debian python3-skimage 0.19.3-8), see make_ssim_fixture.py",
               "values": out}, f, indent=2)
print(out)
