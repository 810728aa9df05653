"""The error for a source that cannot be read at all; its own module so readers avoid a cycle."""

from __future__ import annotations


class SourceError(Exception):
    """A whole source could not be read; the message says why and what to try."""
