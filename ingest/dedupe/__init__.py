"""Duplicate detection: one job posted on several boards, by agencies or again, is one vacancy.

Blocking on cheap keys, per-field comparison levels summed into a match weight (splink style),
thresholds and weights in ``ingest/data/dedupe.yaml``. Public API: :func:`deduplicate`.
"""

from ingest.dedupe.engine import DedupeSummary, deduplicate

__all__ = ["DedupeSummary", "deduplicate"]
