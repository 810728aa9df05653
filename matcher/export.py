"""Small helpers for every file passend writes for people: private files, safe spreadsheet cells.

Exports hold special-category data, so they are created readable by their owner only. A cell
that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return would run as a formula in
Excel or LibreOffice (CSV/formula injection), so it gets a leading apostrophe.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """The value as a spreadsheet may show it: text that starts like a formula gets a ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_private(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` with mode 0600, also when the file already existed."""
    target = Path(path)
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.chmod(target, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
