"""Shared settings of the notebooks: repository on sys.path, data size, figure folder.

``PASSEND_NOTEBOOK_SIZE``: ``small`` (default, seconds; what CI runs) or ``large``.
``PASSEND_NOTEBOOK_OUT``: folder for the figures (default: a new temporary folder).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display: figures are only saved

import matplotlib.pyplot as plt  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # this checkout's code, not an installed copy

SIZE = os.environ.get("PASSEND_NOTEBOOK_SIZE", "small")
if SIZE not in {"small", "large"}:
    raise SystemExit(f"PASSEND_NOTEBOOK_SIZE={SIZE!r}: kies small of large")
OUT = Path(os.environ.get("PASSEND_NOTEBOOK_OUT") or tempfile.mkdtemp(prefix="passend-nb-"))
OUT.mkdir(parents=True, exist_ok=True)


def sized(small: int, large: int) -> int:
    """The count for the chosen size."""
    return small if SIZE == "small" else large


def save(figure, name: str) -> Path:
    """Save a figure as PNG in OUT, close it (Agg shows nothing) and say where it is."""
    path = OUT / f"{name}.png"
    figure.savefig(path, dpi=110, bbox_inches="tight")
    plt.close(figure)
    print(f"figuur: {path}")
    return path
