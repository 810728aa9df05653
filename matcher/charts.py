"""Charts for the dossier and the monthly report, as PNG bytes (matplotlib, no display)."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(figure)
    return buffer.getvalue()


def applications_per_week(counts: dict[str, int], flagged: set[str]) -> bytes:
    """Bars per ISO week; ``flagged`` weeks (no application when one was due) get a red cross."""
    weeks = list(counts)
    figure, axes = plt.subplots(figsize=(8, 2.8))
    axes.bar(range(len(weeks)), [counts[w] for w in weeks], color="#3b6ea5")
    axes.set_ylim(0, max(counts.values(), default=0) + 1)
    missing = [i for i, w in enumerate(weeks) if w in flagged]
    axes.scatter(missing, [0] * len(missing), marker="x", color="#c0392b", zorder=3,
                 label="geen sollicitatie")
    step = max(1, len(weeks) // 12)
    axes.set_xticks(range(0, len(weeks), step), [w[2:] for w in weeks[::step]], rotation=45,
                    fontsize=7)
    axes.set_ylabel("sollicitaties")
    axes.yaxis.get_major_locator().set_params(integer=True)
    if missing:
        axes.legend(fontsize=7, loc="upper left")
    return _png(figure)


def score_distribution(scores: list[float]) -> bytes:
    """Histogram of the scores (0-1) of the vacancies offered on the weekly lists."""
    figure, axes = plt.subplots(figsize=(8, 2.8))
    axes.hist(scores, bins=[i / 10 for i in range(11)], color="#5b8c5a", edgecolor="white")
    axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:.1f}".replace(".", ",")))
    axes.set_xlabel("score")
    axes.set_ylabel("aangeboden vacatures")
    axes.yaxis.get_major_locator().set_params(integer=True)
    return _png(figure)
