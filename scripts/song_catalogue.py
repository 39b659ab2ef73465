#!/usr/bin/env python3
"""The song catalogue of Likelihood Lab's last chapter, exactly as the explorable draws it.

Usage: python3 scripts/song_catalogue.py [seed] [n]   (prints a CSV; defaults: 42, 40)
Or, in a notebook: from song_catalogue import song_catalogue; songs = song_catalogue(42, 40)

The explorable (src/math/songCatalogue.ts) makes the same numpy calls in the same order with
its own copy of numpy's legacy generator, so both give the same doubles (numpy takes
logarithms from the C library, which rounds a few calls in 10^5 differently; see README). The first feature is
the tempo sample of the earlier chapters: np.random.seed(42); np.random.normal(120, 15, 40).

Generating process, for song i:
    tempo      ~ Normal(120, 15)    BPM
    duration   ~ Uniform(2.5, 5)    minutes
    loudness   ~ Uniform(-14, -4)   dB
    popularity = 50 + 0.4 (tempo - 120) - 4 (duration - 3.75) + 1.5 (loudness + 9) + noise,
                 clipped to the score's range 0 to 100, where the noise is one of
        normal:  Normal(0, 5)
        laplace: Laplace(0, 5 / sqrt(2))            (the same variance, 25)
        viral:   Normal(0, 5), plus 40 for the n // 12 songs (at least one) with the
                 smallest viral draws: a few songs far more popular than their features say
    hit        ~ Bernoulli(p), logit p = -1 + 0.08 (tempo - 120) + 0.4 (loudness + 9),
                 drawn as hit_draw < p
"""
import sys

import numpy as np

NOISE_KINDS = ("normal", "laplace", "viral")
NOISE_SD = 5.0
VIRAL_BOOST = 40.0


def viral_count(n):
    return max(1, n // 12)


def song_catalogue(seed=42, n=40):
    np.random.seed(seed)
    tempo = np.random.normal(120, 15, n)
    duration = np.random.uniform(2.5, 5, n)
    loudness = np.random.uniform(-14, -4, n)
    normal_noise = np.random.normal(0, NOISE_SD, n)
    laplace_noise = np.random.laplace(0, NOISE_SD / np.sqrt(2), n)
    viral_draw = np.random.random_sample(n)
    hit_draw = np.random.random_sample(n)

    signal = 50 + 0.4 * (tempo - 120) - 4 * (duration - 3.75) + 1.5 * (loudness + 9)
    viral_noise = normal_noise.copy()
    viral_noise[np.argsort(viral_draw, kind="stable")[: viral_count(n)]] += VIRAL_BOOST
    noises = {"normal": normal_noise, "laplace": laplace_noise, "viral": viral_noise}
    popularity = {kind: np.clip(signal + noise, 0, 100) for kind, noise in noises.items()}

    logit = -1 + 0.08 * (tempo - 120) + 0.4 * (loudness + 9)
    hit = hit_draw < 1 / (1 + np.exp(-logit))
    return {"tempo": tempo, "duration": duration, "loudness": loudness, "popularity": popularity, "hit": hit}


if __name__ == "__main__":
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 42
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    songs = song_catalogue(seed, n)
    print("song,tempo_bpm,duration_min,loudness_db," + ",".join(f"popularity_{k}" for k in NOISE_KINDS) + ",hit")
    for i in range(n):
        row = [i + 1, songs["tempo"][i], songs["duration"][i], songs["loudness"][i]]
        row += [songs["popularity"][k][i] for k in NOISE_KINDS] + [int(songs["hit"][i])]
        print(",".join(str(float(v)) if isinstance(v, np.floating) else str(v) for v in row))
