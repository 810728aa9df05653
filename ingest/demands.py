"""Read what a vacancy asks of body and mind, in FML terms (DOMAIN.md 4.3).

A Dutch/Flemish lexicon of precompiled patterns maps phrases to FML demand keys and values in the
item's unit (see :mod:`ingest.fml`): "tillen tot 25 kg" is 25 kg on IV.13, "nachtdiensten" is the
condition key VI.1.2 with value 1. A phrase preceded by a negation ("geen", "niet", "zonder") gives
no demand but a note; a negated and a plain hit on the same key give a contradiction with both
snippets, so the matcher can flag the vacancy instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ingest import fml
from ingest.model import Demand

MAX_CHARS = 60_000  # vacancy texts are a few KB; longer input is cut so ingest stays fast
SNIPPET = 40  # characters of evidence either side of a hit
STRUCTURED_FIELDS = ("physicalRequirement", "sensoryRequirement", "workHours")

_NEGATION = re.compile(r"\b(?:geen|niet|zonder|nooit|hoeft|hoef)\b[^.;:!?,\n]{0,30}$")
_NEGATION_AFTER = re.compile(r"^[^.;!?\n]{0,20}\b(?:niet (?:nodig|vereist|verplicht)|hoeft niet)")

Value = float | Callable[[re.Match[str]], float | None]


@dataclass(frozen=True)
class Rule:
    """One lexicon entry: a pattern and the demands it implies."""

    pattern: re.Pattern[str]
    demands: tuple[tuple[str, Value], ...]
    confidence: float
    hints: tuple[str, ...]  # the pattern only runs when a word starts like one of these


@dataclass(frozen=True)
class Contradiction:
    """The text both asks and rules out one demand."""

    item: str
    positive: str
    negative: str

    def to_dict(self) -> dict[str, str]:
        return {"item": self.item, "positief": self.positive, "negatief": self.negative}


class Demands(dict[str, Demand]):
    """Demands by key, plus the contradictions, negated keys and notes met while reading."""

    def __init__(self) -> None:
        super().__init__()
        self.contradictions: list[Contradiction] = []
        self.notes: list[str] = []
        self.negated: set[str] = set()  # keys the text rules out: no occupation prior for them


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _group(match: re.Match[str]) -> float | None:
    """The number a pattern captured (a range "20-25" gives its upper end)."""
    value = match.group("high") or match.group("n")
    return _number(value) if value else None


def _rule(pattern: str, confidence: float, *demands: tuple[str, Value],
          hints: tuple[str, ...] = ()) -> Rule:
    for key, _ in demands:
        fml.split_key(key)  # a typo in the lexicon fails at import, not at match time
    # a leading \b stops the regex engine from skipping ahead to likely first characters, so it
    # is checked in Python instead (see _scan): three times faster on long texts
    compiled = re.compile(pattern.removeprefix(r"\b"))
    return Rule(compiled, tuple(demands), confidence, hints or _hints(pattern))


_LITERAL = re.compile(r"[^\\()\[?*+{|.$^]*")


def _hints(pattern: str) -> tuple[str, ...]:
    """Literal starts of a pattern's top-level alternatives ("" when one has none).

    Looking words up in a table is far cheaper than running every regex over the whole text,
    which keeps ingest well above 2,000 postings per second.
    """
    body = pattern.removeprefix(r"\b")
    grouped = body.startswith("(?:")
    body = body.removeprefix("(?:")
    parts, current, depth = [], "", 0
    for char in body:
        if char == ")" and depth == 0 and grouped:
            break
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    hints = []
    for part in parts:
        part = part.removeprefix(r"\b")
        literal = _LITERAL.match(part).group()
        if part[len(literal):len(literal) + 1] in ("?", "*", "{"):
            literal = literal[:-1]
        if not literal:
            return ("",)
        hints.append(literal)
    return tuple(hints)


_N = r"(?P<n>\d{1,3}(?:[.,]\d)?)(?:\s*(?:-|tot|à|a)\s*(?P<high>\d{1,3}(?:[.,]\d)?))?"

RULES: tuple[Rule, ...] = (
    # IV Dynamische handelingen
    _rule(rf"\b(?:tillen|heffen|til(?:t|len)?|dragen|sjouwen)\b[^.\n]{{0,30}}?{_N}\s*(?:kg|kilo)",
          0.9, ("IV.13", _group), hints=("kg", "kilo")),
    _rule(rf"{_N}\s*(?:kg|kilo)\w*\b[^.\n]{{0,25}}?\b(?:tillen|heffen|dragen|sjouwen)", 0.9,
          ("IV.13", _group), hints=("kg", "kilo")),
    _rule(rf"\b{_N}\s*(?:kg|kilo)\b", 0.6, ("IV.13", _group), hints=("kg", "kilo")),
    _rule(r"\b(?:zwaar (?:fysiek|lichamelijk) werk|fysiek zwaar|lichamelijk zwaar|zwaar werk"
          r"|sjouw\w*|zware lasten|tilwerk)\b", 0.6, ("IV.13", 25)),
    _rule(r"\b(?:orderpick\w*|order ?picker\w*|magazijn\w*|logistiek medewerker)", 0.5,
          ("IV.13", 15), ("IV.17", 8), ("V.4", 8)),
    _rule(r"\b(?:staand werk|staande functie|veel staan|de hele dag op je benen|veel op je benen"
          r"|kassa\w*|productielijn\w*|lopende band|inpak\w*|operator\w*|toonbank|winkelvloer"
          r"|vakkenvul\w*|afwas\w*)", 0.6,
          ("V.4", 8), ("V.3", 60)),
    _rule(r"\b(?:beeldschermwerk|achter de computer|achter een beeldscherm|administratie\w*"
          r"|administratief|data-?invoer|software ?ontwikkel\w*|developer|programmeur|kantoorwerk"
          r"|kantoorfunctie|zittend werk|loonadministr\w*|boekhoud\w*"
          r"|beeldscherm\w*)", 0.6,
          ("V.2", 8), ("IV.4", 8)),
    _rule(r"\b(?:veel lopen|veel onderweg|bezorg\w*|postbode|schoonma\w*|poets\w*"
          r"|huishoudelijk\w*|rondes? lopen|loopt rondes|beveilig\w*|surveill\w*|serveer\w*"
          r"|serveren|bediening|vakkenvul\w*)", 0.6, ("IV.17", 8)),
    _rule(r"\b(?:ladders?|steigers?|hoogwerker|op hoogte|dakwerk\w*|klimmen)\b", 0.6,
          ("IV.19", 5)),
    _rule(r"\b(?:op (?:een|de) trap|trapje|keukentrap)\b", 0.6, ("IV.19", 3),
          hints=("trap", "keukentrap")),
    _rule(r"\b(?:knielen|geknield|hurken|gehurkt|op je knie[eë]n|bukken)\b", 0.7, ("IV.20", 10)),
    _rule(r"\bboven (?:schouder|het hoofd|hoofd)hoogte\b|\bboven je hoofd\b|\bplafonds?\b"
          r"|\bsysteemplafond\w*", 0.7, ("V.7", 2)),
    # VI Werktijden
    _rule(r"\b(?:nachtdienst\w*|nachtploeg\w*|nachtwerk|nachten\b|'s nachts|3-ploegen\w*"
          r"|3 ploegen\w*|drieploegen\w*|volcontinu\w*|5-ploegen\w*|5 ploegen\w*"
          r"|24/7|slaapdienst\w*|in de nacht\b|tot laat in de nacht)", 0.8,
          ("VI.1.2", 1)),
    _rule(r"\b(?:avonddienst\w*|avondwerk|avonden\b|'s avonds|late diensten?|2-ploegen\w*"
          r"|2 ploegen\w*|ploegendienst\w*|tweeploegen\w*|avondploeg\w*|koopavond\w*"
          r"|wisselende diensten|vroege en late)", 0.7,
          ("VI.1.1", 1)),
    _rule(r"\b(?:\d{1,2})[:.]\d\d\s*(?:-|tot)\s*(?P<end>\d{1,2})[:.]\d\d|\btot (?P<until>\d{1,2})"
          r"[:.]\d\d\s*uur", 0.7, ("VI.1.1", lambda m: _late(m, 19)),
          ("VI.1.2", lambda m: _late(m, 23)),
          hints=tuple(f"{hour:02d}" for hour in (*range(19, 24), *range(6)))),
    _rule(rf"\b{_N}\s*(?:uur|u)\s*(?:per dag|p/d|per dienst)", 0.8, ("VI.2", _group),
          hints=("dag", "dienst", "p/d")),
    _rule(rf"\bdiensten van {_N}\s*uur", 0.8, ("VI.2", _group)),
    _rule(rf"\b{_N}\s*(?:uur|u)\s*(?:per week|p/w|p\.w\.|/week|in de week)", 0.8,
          ("VI.3", _group), hints=("week", "p/w", "p.w.")),
    # II Sociaal functioneren
    _rule(r"\b(?:klantcontact|klantenservice|klanten te woord|balie\w*|callcenter\w*"
          r"|receptie\w*|front ?office|winkel\w*|verkoopmedewerker|kassa\w*|gasten\b|reizigers"
          r"|bezoekers)", 0.7,
          ("II.12.1", 1)),
    _rule(r"\b(?:met|helpt|adviseert|bij|ontvangt) (?:de |onze )?klanten\b", 0.6, ("II.12.1", 1),
          hints=("klanten",)),
    _rule(r"\b(?:agressie\w*|agressief|lastige klanten|boze klanten|conflicten|"
          r"moeilijke gesprekken|overlast|handhav\w*|toezicht\w*|boa)\b", 0.7, ("II.8", 2)),
    _rule(r"\b(?:zorg(?:verlen\w*|medewerker|instelling)?|patiënt\w*|patient\w*|cliënt\w*"
          r"|client\w*|bewoners?|verpleeg\w*|verzorg\w*|leerlingen)\b", 0.6,
          ("II.12.2", 1), ("II.6", 4)),
    _rule(r"\b(?:leidinggevende(?: functie| taken| rol)?|leiding geven|leidinggeven|"
          r"teamleider|teamleid\w*|ploegleider|chef|manager)\b", 0.7, ("II.12.5", 1)),
    _rule(r"\b(?:rijbewijs ?(?:b|c|ce|c1)\b|bedrijfsauto|bestelbus|chauffeur\w*|"
          r"vrachtwagen\w*|heftruck\w*|reachtruck\w*|rijdend|leaseauto|bedrijfsbus"
          r"|bus van de zaak)", 0.8, ("II.11", 1)),
    # I Persoonlijk functioneren
    _rule(r"\b(?:hoge werkdruk|werkdruk|tijdsdruk|deadlines?|piekmomenten|productiepieken"
          r"|drukke periodes?|stressbestendig\w*)", 0.7, ("I.8.4", 1)),
    _rule(r"\b(?:hoog (?:werk)?tempo|snel (?:schakelen|werken)|tempo hoog|aanpoten|"
          r"productienormen?|op tempo)\b", 0.7, ("I.8.5", 1)),
    # III Aanpassing aan fysieke omgevingseisen
    _rule(r"\b(?:koelcel\w*|vriescel\w*|diepvries\w*|vrieshuis\w*|koel- en vriescel\w*"
          r"|koelhuis\w*|koude omgeving)", 0.8, ("III.1.2", 1)),
    _rule(r"\b(?:buitenwerk|buiten werken|in de buitenlucht|weer en wind|alle weersomstandig"
          r"\w*|hovenier\w*|groenvoorziening\w*|bouwplaats\w*)", 0.6,
          ("III.1.2", 1), ("III.2", 1)),
    _rule(r"\b(?:hitte|hete keuken|hoge temperaturen|warme omgeving|bij de ovens?)\b", 0.7,
          ("III.1.1", 1)),
    _rule(r"\b(?:handschoenen|lashelm|veiligheidsschoenen|beschermende (?:kleding|middelen)"
          r"|adembescherming|gehoorbescherming|pbm)\b", 0.6, ("III.4", 1)),
    _rule(r"\b(?:trilling\w*|trilplaat|drilboor|bosmaaier)", 0.7, ("III.7", 1)),
    _rule(r"\b(?:lawaai\w*|gehoorbescherming|rumoerig\w*|veel geluid)", 0.7, ("III.6", 1)),
    _rule(r"\b(?:stof(?:fig\w*|masker\w*|rijk\w*)?|dampen|rook|oplosmiddel\w*|lasrook)\b", 0.6,
          ("III.5", 1)),
)


_TOKEN = re.compile(r"[a-z]+|\d+")  # plain ASCII runs: fast, and hints split the same way
_PREFIX = 4  # words are looked up by their first four characters


def _triggers(rules: tuple[Rule, ...]) -> dict[str, tuple[int, ...]]:
    """Rule numbers by the word start that can begin one of their matches."""
    table: dict[str, list[int]] = {}
    for number, rule in enumerate(rules):
        for hint in rule.hints:
            tokens = _TOKEN.findall(hint)
            if not tokens:
                raise ValueError(f"lexiconregel {rule.pattern.pattern!r}: hint zonder woord")
            longest = max(tokens, key=len)  # rarer than "de" or "op", so fewer needless runs
            table.setdefault(longest[:_PREFIX], []).append(number)
    return {key: tuple(numbers) for key, numbers in table.items()}


TRIGGERS = _triggers(RULES)


def _late(match: re.Match[str], hour: int) -> float | None:
    """1 when a shift ends at or after ``hour`` (or after midnight, before 06:00)."""
    end = int(match.group("end") or match.group("until"))
    return 1 if end >= hour or end < 6 else None


def _snippet(text: str, start: int, end: int) -> str:
    left = max(0, start - SNIPPET)
    right = min(len(text), end + SNIPPET)
    space = text.rfind(" ", max(0, left - 15), left)  # widen to whole words, a little at most
    left = space + 1 if left and space != -1 else left
    space = text.find(" ", right, right + 15)
    right = space if space != -1 else right
    return " ".join(text[left:right].split())


def _negated(text: str, start: int, end: int) -> bool:
    return bool(_NEGATION.search(text, max(0, start - 40), start)
                or _NEGATION_AFTER.match(text[end:end + 40]))


def _unit(key: str) -> str:
    code, condition = fml.split_key(key)
    return "conditie" if condition is not None else fml.ITEMS[code].unit


def extract_demands(text: str, structured: dict | None = None) -> Demands:
    """Demands a vacancy text (and schema.org requirement fields) asks, keyed by FML key."""
    found = Demands()
    negative: dict[str, str] = {}
    _scan(text or "", "text", found, negative)
    for name in STRUCTURED_FIELDS:
        for value in _texts((structured or {}).get(name)):
            _scan(value, "jsonld", found, negative)
    found.negated.update(negative)
    for key, snippet in negative.items():
        if key in found:
            found.contradictions.append(Contradiction(key, found[key].evidence, snippet))
    return found


def _texts(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for entry in value:
            yield from _texts(entry)
    elif isinstance(value, dict):
        for entry in value.values():
            yield from _texts(entry)


def _scan(text: str, source: str, found: Demands, negative: dict[str, str]) -> None:
    lowered = text[:MAX_CHARS].lower()
    candidates: set[int] = set()
    for word in set(_TOKEN.findall(lowered)):
        for size in range(1, _PREFIX + 1):  # a short hint ("til") may start a longer word
            candidates.update(TRIGGERS.get(word[:size], ()))
    for number in sorted(candidates):
        rule = RULES[number]
        for match in rule.pattern.finditer(lowered):
            if match.start() and lowered[match.start() - 1].isalnum():
                continue  # not at a word start: "nachten" in "ochtendnachten"
            snippet = _snippet(text, match.start(), match.end())
            if _negated(lowered, match.start(), match.end()):
                for key, _ in rule.demands:
                    negative.setdefault(key, snippet)
                found.notes.append(f"ontkend: {snippet}")
                continue
            for key, value in rule.demands:
                amount = value(match) if callable(value) else value
                if amount is None:
                    continue
                demand = Demand(key, amount, _unit(key), rule.confidence, source, snippet)
                _keep(found, demand)


def _keep(found: Demands, demand: Demand) -> None:
    """Keep the most certain, then the most demanding reading of each key."""
    current = found.get(demand.item)
    if current is None or (demand.confidence, demand.value) > (current.confidence, current.value):
        found[demand.item] = demand
