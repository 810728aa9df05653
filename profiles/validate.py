"""Read and validate profile files, collecting every problem of a file at once.

Pydantic's errors become Dutch ``path: message`` lines that say what would be valid. Messages
name field paths and never quote free text from the profile.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from ingest.normalise import place
from profiles.model import Zoekprofiel, date_order_problems, fml_problem
from profiles.privacy import diagnosis_problems, safe_path

PATTERN_HINTS = {
    "id": "alleen letters, cijfers, '_', '.' en '-', hoogstens 64 tekens (bijv. wn-0042)",
    "home_postcode": "geen geldige postcode; verwacht bijv. 8011 AB of 8011",
}

_DATE = TypeAdapter(date)


@dataclass
class Checked:
    """The outcome of validating one file: a profile or the list of problems."""

    source: str
    profile: Zoekprofiel | None = None
    problems: list[str] = field(default_factory=list)


def load_file(path: str | Path) -> Checked:
    """Read one YAML file holding one profile and validate it."""
    source = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        return Checked(source, problems=[f"bestand niet te lezen ({exc.strerror})"])
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (regel {mark.line + 1})" if mark else ""
        return Checked(source, problems=[f"geen geldige YAML{where}"])
    return validate(data, source)


def validate(data: Any, source: str = "<profiel>") -> Checked:
    """Validate raw profile data; every field, date-order, postcode and privacy problem."""
    if not isinstance(data, dict):
        return Checked(source, problems=["het bestand moet één profiel (velden met waarden) "
                                         "bevatten"])
    problems = diagnosis_problems(data)
    profile = None
    try:
        profile = Zoekprofiel.model_validate(data)
    except ValidationError as exc:
        problems += [line for error in exc.errors() if error["loc"]
                     for line in _lines(error)]
    problems += _fml_problems(data.get("fml"))
    problems += date_order_problems(*(_date(data.get(name)) for name in
                                      ("first_sick_day", "profile_set_on",
                                       "second_track_started_on")))
    postcode = data.get("home_postcode")
    if isinstance(postcode, str) and not _field_failed(problems, "home_postcode"):
        if place.locate(None, postcode) is None:
            problems.append("home_postcode: onbekende postcode (niet in de GeoNames-tabel); "
                            "gebruik een bestaande Nederlandse postcode")
    problems = list(dict.fromkeys(problems))
    return Checked(source, None if problems else profile, problems)


def _fml_problems(answers: Any) -> list[str]:
    """FML answers checked one by one, so a wrongly typed answer hides no other problem."""
    if not isinstance(answers, dict):
        return []
    return [problem for code, answer in answers.items()
            if _is_answer(answer) and (problem := fml_problem(str(code), answer))]


def _is_answer(value: Any) -> bool:
    if isinstance(value, list):
        return all(_is_answer(v) for v in value)
    return isinstance(value, int) and not isinstance(value, bool)


def _field_failed(problems: list[str], name: str) -> bool:
    return any(p.startswith(f"{name}:") for p in problems)


def _date(value: Any) -> date | None:
    try:
        return _DATE.validate_python(value) if value is not None else None
    except ValidationError:
        return None


def _lines(error: Any) -> list[str]:
    loc = [str(part) for part in error["loc"]]
    if loc[0] == "fml" and error["type"] == "value_error":
        return []  # the separate FML pass in validate() reports each answer
    if loc[0] == "fml" and len(loc) >= 3:
        # int | list[int]: pydantic reports both branches; one line says what works.
        return [f"fml.{loc[1]}: {_shown(error['input'])} is geen optiecode; geef een getal of "
                "een lijst van getallen"]
    return [f"{safe_path(loc)}: {_message(error, loc)}"]


def _message(error: Any, loc: list[str]) -> str:
    kind, ctx, value = error["type"], error.get("ctx", {}), _shown(error.get("input"))
    if kind == "missing":
        return "verplicht veld ontbreekt"
    if kind == "extra_forbidden":
        allowed = ", ".join(_fields_at(loc[:-1]))
        return f"onbekend veld; toegestane velden: {allowed}"
    if kind == "string_pattern_mismatch":
        return PATTERN_HINTS.get(loc[-1], "heeft niet de verwachte vorm")
    if kind == "greater_than":
        return f"{value} moet groter zijn dan {ctx['gt']:g}"
    if kind == "greater_than_equal":
        return f"{value} moet minstens {ctx['ge']:g} zijn"
    if kind == "less_than_equal":
        return f"{value} mag hoogstens {ctx['le']:g} zijn"
    if kind.startswith("date"):
        return "geen geldige datum; schrijf JJJJ-MM-DD (bijv. 2025-03-17)"
    if kind.startswith("int"):
        return f"{value} is geen geheel getal"
    if kind.startswith("float"):
        return f"{value} is geen getal"
    if kind == "literal_error":
        return f"{value} is geen keuze; kies uit {ctx['expected'].replace(' or ', ', ')}"
    if kind == "string_type":
        return "moet tekst zijn"
    if kind == "list_type":
        return "moet een lijst zijn"
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return "moet een blok met velden zijn"
    if kind == "value_error":
        return str(ctx.get("error", "ongeldige waarde"))
    return f"ongeldige waarde ({kind})"


def _shown(value: Any) -> str:
    """Numbers may be echoed; text could be profile content and is not."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "deze waarde"
    return str(value)


def _fields_at(loc: list[str]) -> list[str]:
    """Field names of the (nested) model at ``loc``, to say which fields are allowed."""
    model: type[BaseModel] = Zoekprofiel
    for part in loc:
        if part.isdigit() or part not in model.model_fields:
            continue
        nested = _model_in(model.model_fields[part].annotation)
        if nested is None:
            break
        model = nested
    return list(model.model_fields)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is not None:
        for arg in typing.get_args(annotation):
            if found := _model_in(arg):
                return found
    return None
