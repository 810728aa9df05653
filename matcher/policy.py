"""The widening policy: which stage applies and how far wage, level and travel may widen.

FML limits never widen; only education, wage and travel do (DOMAIN.md 2.4). Weeks count from
``first_sick_day``, the clock of wage continuation that every employee shares.
"""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

EducationRule = Literal["nlqf_step", "category_lower", "all"]
CRITERIA = ("fml", "wage", "education", "travel", "hours", "direction")
CRITERION_LABELS = {"fml": "functionele beperkingen", "wage": "loon", "education": "opleiding",
                    "travel": "reistijd", "hours": "uren", "direction": "richting en ervaring"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Stage(_Strict):
    name: str
    from_week: int = Field(..., ge=0)
    wage_floor_ratio: float = Field(..., gt=0, le=1)
    minimum_wage: bool = False
    education: EducationRule
    travel_multiplier: float = Field(..., ge=1)
    travel_max_minutes: int = Field(..., gt=0)


class Policy(_Strict):
    version: str
    minimum_wage_gross_month: float = Field(..., gt=0)
    fml_margin: float = Field(..., ge=0, le=0.5)
    # a text demand below this confidence is a hint (a trade name, standing implied by walking,
    # a bare "laadt"): it gives let_op, never an exclusion; stated demands are 0.6 and up
    fml_exclude_confidence: float = Field(0.6, ge=0, le=1)
    weights: dict[str, float]
    stages: list[Stage] = Field(..., min_length=1)

    @field_validator("weights")
    @classmethod
    def _known_criteria(cls, value: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(value) - set(CRITERIA))
        if unknown:
            raise ValueError(f"weights: onbekende criteria {unknown}; kies uit {list(CRITERIA)}")
        if any(w < 0 for w in value.values()):
            raise ValueError("weights: gewichten moeten 0 of groter zijn")
        return value

    @field_validator("stages")
    @classmethod
    def _starts_at_week_zero(cls, value: list[Stage]) -> list[Stage]:
        if min(s.from_week for s in value) != 0:
            raise ValueError("stages: de eerste fase moet bij from_week 0 beginnen")
        return value

    def stage(self, weeks: int) -> Stage:
        """The last stage that has started at ``weeks`` since the first sick day."""
        started = [s for s in self.stages if s.from_week <= weeks]
        return max(started, key=lambda s: s.from_week) if started else self.stages[0]


EDUCATION_TEXT = {"nlqf_step": "hetzelfde niveau of één NLQF-niveau lager",
                  "category_lower": "tot één opleidingscategorie lager",
                  "all": "elk opleidingsniveau"}


def describe_stage(stage: Stage, weeks: int) -> str:
    """Dutch sentence on what this stage allows, for explanations and the dossier."""
    wage = f"loon minimaal {stage.wage_floor_ratio:.0%} van het laatste loon"
    if stage.minimum_wage:
        wage += " en minimaal het minimumloon"
    return (f"fase {stage.name} (week {weeks} sinds de eerste ziektedag): {wage}; "
            f"{EDUCATION_TEXT[stage.education]}; reistijd tot "
            f"{str(stage.travel_multiplier).replace('.', ',').removesuffix(',0')} keer "
            f"de eigen grens (hoogstens {stage.travel_max_minutes} minuten enkele reis); "
            "functionele beperkingen verruimen nooit")


def weeks_sick(first_sick_day: date, on: date) -> int:
    return max(0, (on - first_sick_day).days // 7)


def load_policy(path: str | Path | None = None) -> Policy:
    """The policy in ``path``, or the shipped default; errors name the file."""
    if path is None:
        text = resources.files("matcher.data").joinpath("policy.yaml").read_text("utf-8")
        where = "matcher/data/policy.yaml"
    else:
        text, where = Path(path).read_text("utf-8"), str(path)
    try:
        return Policy.model_validate(yaml.safe_load(text))
    except (ValueError, yaml.YAMLError) as error:
        raise ValueError(f"{where}: geen geldig beleid ({error}); zie matcher/data/policy.yaml "
                         "als voorbeeld") from None
