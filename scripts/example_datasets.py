#!/usr/bin/env python3
"""The built-in example datasets of src/data/examples.ts, rebuilt with numpy.

Usage: python3 scripts/example_datasets.py   (prints each dataset)
Paste any of these functions into a notebook to get the numbers the explorable uses.
make_fixtures.py stores their output so a test can check the app draws the same values.
"""
import numpy as np


def reaction_times():
    np.random.seed(3)
    return np.floor(np.exp(np.random.normal(5.8, 0.4, 200)) + 0.5)


def tracked_tempos():
    np.random.seed(11)
    tempos = np.floor(np.random.normal(120, 15, 60) * 10 + 0.5) / 10
    tempos[7::15] *= 2  # the beat tracker locked onto the half-beat: doubled tempos
    return tempos


def exam_scores():
    np.random.seed(5)
    return np.clip(np.floor(np.random.normal(68, 12, 120) + 0.5), 0, 100)


EXAMPLES = {"reaction-times": reaction_times, "tracked-tempos": tracked_tempos, "exam-scores": exam_scores}

if __name__ == "__main__":
    for name, make in EXAMPLES.items():
        print(name, make().tolist())
