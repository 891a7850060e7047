"""Confidence that means something: the measured chance that a fact is right.

A rule's raw confidence is its precision on our own development texts, which
overstates how often it is right on real news. ``data/calibration.json`` maps
raw confidence to the precision observed on real news: the raw range is cut
into bins, each with the share of facts in it that were right when the map was
fitted (``kg eval --gold GOLD --fit-calibration FILE``). Between bin centres
the value is interpolated, so the map is monotone and smooth.

:func:`calibration_table` and :func:`expected_calibration_error` say how well
confidences match outcomes on a gold set; ``kg eval`` prints both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from kg.errors import DataError
from kg.extract.nlp import load_json

#: Edges of the confidence bins (the last bin includes 1.0).
EDGES: tuple[float, ...] = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
#: Pseudo-facts that pull a sparsely filled bin toward the overall precision.
PRIOR_WEIGHT = 5.0


@dataclass(frozen=True)
class Bin:
    """One confidence bin: its range, how many facts fell in it, their mean confidence
    and the share of them that were right."""

    low: float
    high: float
    facts: int
    mean_confidence: float
    precision: float

    def as_json(self) -> dict[str, Any]:
        return {
            "low": self.low,
            "high": self.high,
            "facts": self.facts,
            "mean_confidence": round(self.mean_confidence, 4),
            "precision": round(self.precision, 4),
        }


def _bin_index(confidence: float) -> int:
    for i in range(len(EDGES) - 1):
        if confidence < EDGES[i + 1]:
            return i
    return len(EDGES) - 2


def calibration_table(scored: Sequence[tuple[float, bool]]) -> list[Bin]:
    """(confidence, right?) pairs grouped into :data:`EDGES` bins; empty bins are left out."""
    groups: list[list[tuple[float, bool]]] = [[] for _ in EDGES[:-1]]
    for conf, right in scored:
        groups[_bin_index(conf)].append((conf, right))
    out = []
    for i, items in enumerate(groups):
        if items:
            out.append(
                Bin(
                    EDGES[i],
                    EDGES[i + 1],
                    len(items),
                    sum(c for c, _ in items) / len(items),
                    sum(r for _, r in items) / len(items),
                )
            )
    return out


def expected_calibration_error(scored: Sequence[tuple[float, bool]]) -> float:
    """Mean gap between confidence and observed precision, weighted by bin size."""
    total = len(scored)
    if not total:
        return 0.0
    return sum(
        b.facts / total * abs(b.precision - b.mean_confidence) for b in calibration_table(scored)
    )


def fit(scored: Sequence[tuple[float, bool]]) -> dict[str, Any]:
    """A calibration map from raw (confidence, right?) pairs, as ``calibration.json`` holds it.

    Each bin's value is its observed precision, shrunk toward the overall
    precision by :data:`PRIOR_WEIGHT` pseudo-facts, then made non-decreasing.
    """
    if not scored:
        raise DataError("cannot fit a calibration on no facts: the gold file gave no predictions")
    overall = sum(r for _, r in scored) / len(scored)
    points: list[list[float]] = []
    for b in calibration_table(scored):
        value = (b.precision * b.facts + overall * PRIOR_WEIGHT) / (b.facts + PRIOR_WEIGHT)
        points.append([round(b.mean_confidence, 4), round(value, 4)])
    for i in range(1, len(points)):
        points[i][1] = max(points[i][1], points[i - 1][1])
    return {
        "_doc": "Raw rule confidence -> observed precision on real news "
        "(kg/extract/calibration.py). Written by 'kg eval --fit-calibration'; points are "
        "(mean raw confidence of a bin, its precision), interpolated between.",
        "facts": len(scored),
        "points": points,
    }


@dataclass(frozen=True)
class Calibration:
    """A monotone map from raw confidence to calibrated confidence."""

    points: tuple[tuple[float, float], ...]

    def __call__(self, raw: float) -> float:
        pts = self.points
        if not pts:
            return raw
        if raw <= pts[0][0]:
            return pts[0][1]
        for (x0, y0), (x1, y1) in pairwise(pts):
            if raw <= x1:
                return y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1
        return pts[-1][1]


@lru_cache(maxsize=1)
def load_calibration() -> Calibration:
    """The shipped map (``data/calibration.json``); an identity map when it has no points."""
    data = load_json("calibration.json")
    points = data.get("points", [])
    try:
        pairs = tuple((float(x), float(y)) for x, y in points)
    except (TypeError, ValueError) as e:
        raise DataError(f"calibration.json: points must be [raw, calibrated] pairs ({e})") from e
    if any(not (0 <= y <= 1) for _, y in pairs) or list(pairs) != sorted(pairs):
        raise DataError("calibration.json: points must be sorted pairs of numbers from 0 to 1")
    return Calibration(pairs)
