"""Wet verbetering poortwachter deadlines, derived from the first sick day.

The offsets live in one table (``MILESTONES``) so a change in law or policy is one edit here;
see ../shared/DOMAIN.md section 1. A deadline falls ``weeks`` weeks after the first sick day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

EERSTEJAARSEVALUATIE_WEEKS = 52
TWEEDE_SPOOR_AFTER_EVALUATION_WEEKS = 6

# key, Dutch event name, weeks after the first sick day
MILESTONES: tuple[tuple[str, str, int], ...] = (
    ("probleemanalyse", "Probleemanalyse bedrijfsarts", 6),
    ("plan-van-aanpak", "Plan van aanpak", 8),
    ("ziekmelding-uwv", "Ziekmelding bij UWV (42e week)", 42),
    ("eerstejaarsevaluatie", "Eerstejaarsevaluatie", EERSTEJAARSEVALUATIE_WEEKS),
    ("tweede-spoor", "Uiterste start tweede spoor",
     EERSTEJAARSEVALUATIE_WEEKS + TWEEDE_SPOOR_AFTER_EVALUATION_WEEKS),
    ("wia-brief", "UWV stuurt WIA-aanvraag; start re-integratieverslag", 89),
    ("re-integratieverslag", "Re-integratieverslag gereed", 91),
    ("wia-aanvraag", "WIA-aanvraag", 93),
    ("einde-wachttijd", "Einde wachttijd (104 weken)", 104),
)


@dataclass(frozen=True)
class Deadline:
    """One poortwachter event on its date."""

    key: str
    name: str
    week: int
    due: date

    def overdue(self, on: date) -> bool:
        return self.due < on


def deadlines(first_sick_day: date) -> list[Deadline]:
    """Every poortwachter deadline for a sickness that started on ``first_sick_day``."""
    return [Deadline(key, name, weeks, first_sick_day + timedelta(weeks=weeks))
            for key, name, weeks in MILESTONES]
