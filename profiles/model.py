"""The zoekprofiel: what the employee can do (FML limits) and what they search for.

A profile stores functional limits, never diagnoses. FML answers are validated against the one FML
table in :mod:`ingest.fml`, so a profile and a vacancy demand always speak the same vocabulary.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ingest import fml

TravelMode = Literal["car", "public_transport", "bicycle", "on_foot"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Travel(_Strict):
    mode: TravelMode = Field("public_transport", description="vervoermiddel naar het werk")
    max_minutes_one_way: int = Field(
        45, gt=0, le=240, description="maximale reistijd enkele reis, minuten"
    )


class HoursLimit(_Strict):
    max_per_week: float | None = Field(None, gt=0, le=60, description="hoogstens uren per week")
    max_per_day: float | None = Field(None, gt=0, le=12, description="hoogstens uren per dag")


class LastJob(_Strict):
    title: str = Field(..., description="functie bij de eigen werkgever")
    wage_gross_month: float | None = Field(None, gt=0, description="laatste brutoloon per maand")
    hours_per_week: float | None = Field(None, gt=0, le=60, description="uren per week")


class Education(_Strict):
    level: float = Field(..., ge=0, le=8, description="NLQF-niveau; 0 = geen/basisonderwijs")
    field: str | None = Field(None, description="richting van de opleiding")


class Experience(_Strict):
    title: str = Field(..., description="functie")
    years: float = Field(0, ge=0, le=60, description="jaren ervaring")
    description: str = Field("", description="wat het werk inhield")


class Exclusions(_Strict):
    titles: list[str] = Field([], description="functies die niet passen (eigen werk)")
    employers: list[str] = Field([], description="werkgevers om over te slaan")
    sectors: list[str] = Field([], description="sectoren om over te slaan")


class Zoekprofiel(_Strict):
    """One employee's persoons- en zoekprofiel (pseudonymous: ``id`` is enough)."""

    id: str = Field(..., pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$",
                    description="pseudoniem kenmerk; een naam is niet nodig")
    display_name: str | None = Field(None, description="roepnaam voor de coach (optioneel)")
    coach: str | None = Field(None, description="begeleidende re-integratiecoach")
    employer: str | None = Field(None, description="eigen werkgever")
    first_sick_day: date = Field(..., description="eerste ziektedag")
    profile_set_on: date = Field(
        ..., description="zoekprofiel vastgesteld; vanaf hier de sollicitatieplicht"
    )
    second_track_started_on: date | None = Field(None, description="start van het tweede spoor")
    home_postcode: str = Field(..., pattern=r"^[1-9][0-9]{3}(\s?[A-Za-z]{2})?$",
                               description="postcode van het woonadres (PC4 is genoeg)")
    travel: Travel = Field(default_factory=Travel, description="reisgrens")
    hours: HoursLimit = Field(default_factory=HoursLimit, description="urengrens")
    last_job: LastJob | None = Field(None, description="laatste eigen functie en loon")
    education: Education | None = Field(None, description="hoogst afgeronde opleiding")
    experience: list[Experience] = Field([], description="werkervaring")
    skills: list[str] = Field([], description="vaardigheden")
    search_directions: list[str] = Field(
        [], description="zoekrichtingen uit het plan van aanpak (functies of beroepen)"
    )
    exclude: Exclusions = Field(default_factory=Exclusions, description="wat niet aangeboden wordt")
    weekly_quota: int = Field(5, ge=1, le=50, description="vacatures per weeklijst")
    fml: dict[str, int | list[int]] = Field(
        {}, description="FML: itemcode naar optiecode, of lijst van voorwaarden (II.12: [1, 5])"
    )
    notes: str = Field(
        "", description="vrije notities; alleen functionele beperkingen, geen diagnoses"
    )

    @property
    def pc4(self) -> str:
        return self.home_postcode[:4]

    @field_validator("fml")
    @classmethod
    def _fml_answers_exist(cls, value: dict[str, int | list[int]]) -> dict[str, int | list[int]]:
        problems = [p for code, answer in value.items() if (p := fml_problem(code, answer))]
        if problems:
            raise ValueError("; ".join(problems))
        return value

    @model_validator(mode="after")
    def _dates_in_order(self) -> Zoekprofiel:
        problems = date_order_problems(
            self.first_sick_day, self.profile_set_on, self.second_track_started_on
        )
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def limit_code(self, code: str) -> int:
        """Option code of an ordinal FML item; 0 (norm) when the profile does not limit it."""
        answer = self.fml.get(code, 0)
        return answer if isinstance(answer, int) else 0

    def conditions(self, code: str) -> set[int]:
        """Condition numbers that apply for a condition-list item (an int counts as one)."""
        answer = self.fml.get(code, [])
        return {answer} if isinstance(answer, int) and answer else set(answer or [])


def date_order_problems(
    first_sick_day: date | None, profile_set_on: date | None, second_track_started_on: date | None
) -> list[str]:
    """Dutch ``path: message`` lines for dates before the first sick day.

    A plain function so profile validation can report date order next to other field errors.
    """
    problems = []
    if first_sick_day and profile_set_on and profile_set_on < first_sick_day:
        problems.append("profile_set_on: ligt vóór first_sick_day; kies een datum op of na de "
                        "eerste ziektedag")
    if first_sick_day and second_track_started_on and second_track_started_on < first_sick_day:
        problems.append("second_track_started_on: ligt vóór first_sick_day; kies een datum op of "
                        "na de eerste ziektedag")
    return problems


def fml_problem(code: str, answer: int | list[int]) -> str | None:
    """A Dutch description of what is wrong with one FML answer, or ``None``."""
    entry = fml.ITEMS.get(code)
    if entry is None:
        return f"fml.{code}: onbekend FML-item; gebruik een itemcode zoals IV.13 of VI.1"
    if entry.kind is fml.Kind.ORDINAL:
        valid = [o.code for o in entry.options]
        if not isinstance(answer, int) or answer not in valid:
            return (f"fml.{code}: {answer} is geen optie van {entry.name} "
                    f"({valid[0]}-{valid[-1]})")
        return None
    if entry.kind is fml.Kind.CONDITIONS:
        numbers = [answer] if isinstance(answer, int) else answer
        wrong = [n for n in numbers if n != 0 and n not in entry.conditions]
        if wrong:
            allowed = ", ".join(str(n) for n in entry.conditions)
            return f"fml.{code}: {wrong} zijn geen condities van {entry.name} (kies uit {allowed})"
    return None
