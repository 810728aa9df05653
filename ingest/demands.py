"""Read what a vacancy asks of body and mind, in FML terms (DOMAIN.md 4.3).

The rules of :mod:`ingest.lexicon` map phrases to FML demand keys and values in the item's unit
("tillen tot 25 kg" is 25 kg on IV.13). A phrase preceded by a negation ("geen", "niet",
"zonder") gives no demand but a note; a negated and a plain hit on the same key give a
contradiction with both snippets, so the matcher can flag the vacancy instead of guessing. What a
found demand entails (walking all day means standing) is added at lower confidence.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ingest import demand_model, fml
from ingest.lexicon import (
    COLLEAGUES,
    COLLEAGUES_BEFORE,
    COLLECTIVE_AGREEMENT,
    DELIVERY_ROUND,
    IMPLIES,
    ON_FOOT,
    PREFIX,
    RULES,
    SEATED,
    STANDING,
    THEIR_SENTENCE,
    TOKEN,
    TRIGGERS,
    Rule,
)
from ingest.model import Demand

MAX_CHARS = 60_000  # vacancy texts are a few KB; longer input is cut so ingest stays fast
SNIPPET = 40  # characters of evidence either side of a hit
STRUCTURED_FIELDS = ("physicalRequirement", "sensoryRequirement", "workHours")
NEGATION_CONFIDENCE = 0.6  # "geen nachtdiensten": a condition the text says does not apply
IMPLIED_CONFIDENCE = 0.5
ON_ONES_FEET = ("V.3", "V.4")  # standing in one place, and on one's feet during the working day
CONTEXT = 120  # characters before a match that a rule's context patterns may look at
WINDOW = 150  # characters either side of a trigger word that a rule's match can reach
WINDOWED_FROM = 1_500  # shorter texts are cheaper to scan whole than window by window
# characters before and after a match that a negation may stand in: a clause after it
# ("nachtdiensten worden gedraaid door ons aparte nachtteam") runs longer than a "geen" before it
NEGATION_BEFORE, NEGATION_AFTER = 40, 60

# "je hebt geen last van meelstof", "niet vies van vuil werk", "je vindt het niet erg om lang te
# staan": the demand is there, and taken on
_NEGATION = re.compile(r"\b(?:geen|géén|niet|niét|zonder|nooit|hoeft|hoef)\b"
                       r"(?! (?:last|moeite|probleem|problemen|bezwaar|hekel|angst|vies|bang"
                       r"|afkerig|erg om)\b)"
                       r"[^.;:!?,\n]{0,30}$"
                       # "geen contact met bewoners of externe klanten": a list of whom not
                       r"|\b(?:geen|niet) (?:direct |rechtstreeks )?(?:contact|in contact) met\b"
                       r"[^.;:!?\n]{0,30}$")
# "niet alleen", "niet meer dan": a comparison, not a negation
_NOT_NEGATING = r"(?! (?:alleen|enkel|zomaar|meer|langer|vaker|te\b|minder))"
# "hoogte schrikt je niet af", "lawaai stoort je niet": the demand is there, and no bother
_UNDETERRED = r"(?:schrik|stoor|stoort|storen|deer|deert|deren|houd|hou|maak|maakt|hinder|weerhoud)"
# "je tilt geen cliënten", "ladders gebruiken we niet", but not "niet alleen" or "geen probleem"
_NEGATION_AFTER = re.compile(rf"^ (?:geen|géén|niet|niét)\b{_NOT_NEGATING}"
                             r"(?! (?:zwaarder|probleem|bezwaar|punt))"
                             r"|^ (?:is|zijn) (?:hier |bij ons )?niet aan de orde"
                             # "zware bakken sleuren? Dat hoeft niet: daar is een kar voor"
                             r"|^[^.;:!?\n]{0,20}\?\s+(?:dat|dit|die|het) (?:hoeft|hoef je)"
                             r" (?:hier |bij ons )?niet\b"
                             # "contact met gasten is beperkt"
                             r"|^ (?:is|zijn) (?:hier |bij ons )?(?:zeer |erg )?"
                             r"(?:beperkt|minimaal)(?! tot\b)"
                             # within the clause: after a colon another thing is ruled out
                             # ("de hele dag in de weer: stilzitten is er niet bij")
                             r"|^[^.;:!?\n]{0,20}\b(?:niet (?:nodig|vereist|verplicht)|hoeft niet"
                             r"|(?:ver)?lo(?:opt|pen) via|gaat via"
                             # "ligt bij de collega's van customer service"
                             r"|ligt bij (?:de |onze |je |jouw )?(?:\w+ )?(?:collega|afdeling|team)"
                             # "tillen is er bij deze functie nauwelijks bij"
                             r"|(?:is|zijn) er (?:bij ons |hier "
                             r"|(?:voor|bij) deze (?:functie|job|rol) )?"
                             r"(?:niet|nauwelijks|amper|zelden)\b"
                             r"|gebeurt door|gebeuren door|wordt gedaan door|worden gedaan door"
                             # "tillen hoeft nauwelijks"
                             r"|hoeft (?:nauwelijks|amper|zelden)\b"
                             r"|(?:hoort|horen) (?:er )?(?:dus |ook |echt |daarom )?niet bij"
                             r"|doe je niet\b"
                             r"|(?:wordt|worden) (?:gedraaid |ingevuld |verzorgd |afgehandeld "
                             r"|beantwoord |opgevangen )?door"
                             r" (?:een |onze |ons |de )?(?:aparte |eigen )?\w*(?:collega|team"
                             r"|ploeg)"
                             r"|doe[tn] (?:ons|onze) (?:eigen )?\w*(?:team|ploeg|collega)"
                             # "nachtdiensten doen wij met een vast nachtteam"
                             r"|doen (?:wij|we) met (?:een |ons |onze )?(?:eigen |vaste? )?"
                             r"\w*(?:team|ploeg)"
                             r"|komt (?:er |bij ons |hier )?(?:niet|nauwelijks|amper|zelden)"
                             r" (?:aan te pas|voor)"
                             # "'s avonds en op zondag zijn we dicht"
                             r"|zijn (?:we|wij) (?:dicht|gesloten)\b"
                             r"|doen (?:wij|we) (?:hier |bij ons )?niet\b"
                             # "draait in twee ploegen, maar jij werkt gewoon overdag", "waar
                             # de productie in 3 ploegen draait (jij werkt gewoon in dagdienst)"
                             r"|(?:maar |(?<=\())(?:jij|je|u) (?:werkt|werk je)"
                             r" (?:uiteraard |gewoon |alleen |enkel )*(?:overdag|in dagdienst)"
                             # "onze bakkers werken in ploegendienst, jij niet"
                             r"|(?<=, )(?:jij|u) niet\b"
                             # "'s avonds en in het weekend ben je vrij"
                             r"|(?:ben|bent) (?:je|jij|u) (?:altijd )?vrij\b)"
                             rf"|^ (?!{_UNDETERRED})\w+ (?:je|jij|we|wij|u) "
                             rf"(?:hier |bij ons )?niet\b{_NOT_NEGATING}")
# "je tilt geen cliënten", "je hoeft geen patiënten te dragen": the handling is ruled out, the
# people it names are still there
_HANDLING_BEFORE = re.compile(r"\b(?:til|tilt|tillen|draag|draagt|dragen|verplaats|verplaatst"
                              r"|verplaatsen|sjouw\w*|duw|duwt|duwen)\s+(?:geen|niet)\s+"
                              r"[^.;:!?,\n]{0,20}$")
_HANDLING_AFTER = re.compile(r"^\s+(?:zelf\s+)?(?:op\s*)?te\s+(?:tillen|dragen|verplaatsen|sjouwen"
                             r"|duwen)\b")
# "een heftruck- of reachtruckcertificaat is een pré": the first half of a joined compound
# ("rijbewijs B verplicht (BE is een pré)": what is required is not the option)
_OPTIONAL_AFTER = re.compile(r"^(?:-\s+(?:of|en)\s+[\w-]+)?"
                             r"(?:(?!verplicht|vereist)[^.;!?\n]|\betc\.){0,20}"
                             r"\b(?:(?:is )?een pr[eé]\b|pluspunt"
                             r"|is a plus|(?:een )?(?:grote |dikke |extra )?plus\b"
                             r"|(?:is )?een voordeel|(?:een |sterke )?troe(?:f|ven)\b"
                             r"|is handig\b|(?<!zijn )mooi meegenomen|nice to have"
                             r"|geen (?:must|vereiste)|niet noodzakelijk)")
# where a long ad turns from the company to the job: its first task heading
_JOB_HEADING = re.compile(
    r"\b(?:wat ga (?:je|jij) doen|wat je gaat doen|(?:jouw|je) (?:taken|functie|job|rol)\b"
    r"|taken en verantwoordelijkheden|functieomschrijving|functie-omschrijving"
    r"|over de (?:functie|job)|wat houdt de (?:functie|job) in|hoe ziet (?:je|jouw) dag eruit"
    r"|(?:jouw|je) (?:uitdaging|verantwoordelijkheden)\b|functie-?inhoud|wat doe je\b"
    r"|what you'?ll do|what (?:will you|you will) do|your (?:role|tasks|responsibilities)\b"
    r"|the role\b|job description"
    # a heading line of its own: "Functie"
    r"|(?m:^(?:de )?functie:?[ \t]*$))")
# an intro sentence that speaks to the reader or names the vacancy is about the job after all
_ABOUT_THE_JOB = re.compile(r"\b(?:je|jij|jou|jouw|u|you|your|zoeken|zoekt|op zoek|vacature"
                            r"|versterking|looking for|hiring)\b")
# a sentence on how to apply is no task: "solliciteer of loop binnen bij onze receptie"
# "kom gerust eens langs in de winkel" invites the applicant; "je komt langs bij klanten" is work
_APPLY = re.compile(r"\b(?:sollicit\w*|stuur (?:je|jouw|uw) cv|apply\b|interesse\?)"
                    r"|(?:^\s*|\b(?:of|en) )(?:kom|spring|loop)"
                    r" (?:gerust |eens |even |gewoon |vrijblijvend |dan )*(?:langs|binnen)\b")
_SENTENCE = re.compile(r"[^.!?\n]+")
# "vacatures@kassacom.nl" and "www.kassa-outlet.nl" are no till; their dots would also end
# the sentence on how to apply halfway
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)[^\s<>\"]+")
INTRO_FROM = 150  # characters: a heading nearer the start leaves no company intro before it
INTRO_KEEPS = {"VI.3"}  # "Standplaats Tilburg | 40 uur per week" above the intro is the job's
# a number right after "16." or "1." is the tail of a clock time or an amount: "16.30 uur"
_NUMBER_TAIL = re.compile(r"\d[.:,]$")


@dataclass(frozen=True)
class Contradiction:
    """The text both asks and rules out one demand."""

    item: str
    positive: str
    negative: str

    def to_dict(self) -> dict[str, str]:
        return {"item": self.item, "positief": self.positive, "negatief": self.negative}


@dataclass(frozen=True)
class Doubt:
    """A lexicon hit set aside: the ad as a whole makes the item unlikely."""

    item: str
    evidence: str
    chance: float

    def to_dict(self) -> dict[str, str | float]:
        return {"item": self.item, "bewijs": self.evidence, "kans": round(self.chance, 2)}


class Demands(dict[str, Demand]):
    """Demands by key, plus the contradictions, negated keys and notes met while reading."""

    def __init__(self) -> None:
        super().__init__()
        self.contradictions: list[Contradiction] = []
        self.notes: list[str] = []
        self.negated: set[str] = set()  # keys the text rules out: no occupation prior for them
        self.doubted: list[Doubt] = []  # hits the whole-ad model set aside
        self.seated = False  # a source seats the reader: no standing is implied or added


def _snippet(text: str, start: int, end: int) -> str:
    left = max(0, start - SNIPPET)
    right = min(len(text), end + SNIPPET)
    space = text.rfind(" ", max(0, left - 15), left)  # widen to whole words, a little at most
    left = space + 1 if left and space != -1 else left
    space = text.find(" ", right, right + 15)
    right = space if space != -1 else right
    return " ".join(text[left:right].split())


def _negated(text: str, start: int, end: int) -> bool:
    return bool(_NEGATION.search(text, max(0, start - NEGATION_BEFORE), start)
                or _NEGATION_AFTER.match(text[end:end + NEGATION_AFTER]))


def _handled_people(rule: Rule, text: str, start: int, end: int) -> bool:
    """Whether a negation rules out handling the people a social rule names, not meeting them."""
    return (all(key.startswith("II.") for key, _ in rule.demands)
            and bool(_HANDLING_BEFORE.search(text, max(0, start - NEGATION_BEFORE), start)
                     or _HANDLING_AFTER.match(text[end:end + NEGATION_AFTER])))


def _unit(key: str) -> str:
    code, condition = fml.split_key(key)
    return "conditie" if condition is not None else fml.ITEMS[code].unit


def extract_demands(text: str, structured: dict | None = None, *,
                    second_reading: bool = True) -> Demands:
    """Demands a vacancy text (and schema.org requirement fields) asks, keyed by FML key;
    ``second_reading=False`` keeps every lexicon hit (to measure the lexicon alone)."""
    found = Demands()
    negative: dict[str, str] = {}
    sources = [("text", _read(text or "")), *(
        ("jsonld", _read(value)) for name in STRUCTURED_FIELDS
        for value in _texts((structured or {}).get(name)))]
    # whether any source seats the reader, known before any is scanned: job words in the text
    # stand no one up when a requirement field says "zittend werk", whichever is read first
    found.seated = any(SEATED.search(lowered) for _, (_, lowered) in sources)
    for source, (original, lowered) in sources:
        _scan(original, lowered, source, found, negative, found.seated)
    _add_implied(found)
    found.negated.update(negative)
    for key, snippet in negative.items():
        if key in found:
            found.contradictions.append(Contradiction(key, found[key].evidence, snippet))
        elif _absent_when_negated(key):
            # "geen nachtdiensten", "geen rijbewijs nodig": known not to apply, which the
            # matcher must tell apart from a text that is silent about it. A negated amount
            # ("geen zwaar tilwerk") says too little about the amount, so it stays unknown.
            found[key] = Demand(key, 0.0, _unit(key), NEGATION_CONFIDENCE, "text", snippet)
    if second_reading:
        _, (_, lowered) = sources[0]
        _read_whole_ad(found, lowered)
    return found


def _read_whole_ad(found: Demands, lowered: str) -> None:
    """Set aside the text's hits that the whole-ad model finds unlikely, and add what it finds
    very likely where the text is silent (ingest.demand_model). A hit the text also rules out
    stays, with its contradiction, for a coach to weigh; an item it rules out, or standing in an
    ad that seats the reader, is never added."""
    model = demand_model.load()
    hits = [key for key in model.items if key in found and found[key].value
            and found[key].source == "text" and key not in found.negated]
    silent = [key for key in model.added if addable(found, key)]
    # the model is only asked when needed
    chances = model.chances(lowered) if hits or silent else None
    if chances is None:
        return
    for key in hits:
        if chances[key] < model.threshold:
            found.doubted.append(Doubt(key, found.pop(key).evidence, chances[key]))
    for key in silent:
        if chances[key] >= model.add_threshold:
            words = ", ".join(model.telling_words(lowered, key))
            evidence = f"de advertentie als geheel (kans {chances[key]:.0%})" + (
                f", vooral: {words}" if words else "")
            found[key] = Demand(key, model.added[key], _unit(key), IMPLIED_CONFIDENCE, "text",
                                evidence)


def addable(found: Demands, key: str) -> bool:
    """Whether the whole-ad model may add the item: the text neither asks nor rules it out, and
    it is no standing in an ad that seats the reader."""
    return (key not in found and key not in found.negated
            and not (found.seated and key in ON_ONES_FEET))


def _add_implied(found: Demands) -> None:
    """Add what a found demand entails: who walks or climbs all day is on their feet, unless
    the walking is a delivery round or the text seats the reader."""
    for cause, (key, value) in IMPLIES.items():
        demand = found.get(cause)
        if (demand is not None and demand.value and key not in found
                and not (found.seated and key in ON_ONES_FEET)
                and not _delivered_seated(demand.evidence.lower())):
            found[key] = Demand(key, value, _unit(key), IMPLIED_CONFIDENCE, demand.source,
                                demand.evidence)


def _delivered_seated(evidence: str) -> bool:
    """Whether the walking is a delivery round by van or bike, not one walked on foot."""
    return bool(DELIVERY_ROUND.search(evidence)) and not ON_FOOT.search(evidence)


def _absent_when_negated(key: str) -> bool:
    """A negation rules out a condition or a yes/no item entirely, not an amount."""
    code, condition = fml.split_key(key)
    return condition is not None or fml.ITEMS[code].binary


def _texts(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for entry in value:
            yield from _texts(entry)
    elif isinstance(value, dict):
        for entry in value.values():
            yield from _texts(entry)


def _rules_to_run(lowered: str) -> Iterator[tuple[Rule, Iterator[re.Match[str]]]]:
    """Each rule a word of the text triggers (see TRIGGERS), with its matches.

    A short text is scanned whole. In a long one each rule scans only the stretches around the
    words that trigger it: its match holds such a word and reaches less than WINDOW either side,
    so it finds exactly what a whole scan would, at a fraction of the cost on long ads.
    """
    if len(lowered) < WINDOWED_FROM:
        numbers = {number for word in set(TOKEN.findall(lowered)) for number in _triggered(word)}
        for number in sorted(numbers):
            yield RULES[number], RULES[number].pattern.finditer(lowered)
        return
    where: dict[int, list[int]] = {}
    for token in TOKEN.finditer(lowered):
        for number in _triggered(token.group()):
            where.setdefault(number, []).append(token.start())
    for number, positions in sorted(where.items()):
        pattern = RULES[number].pattern
        yield RULES[number], (match for start, end in _windows(lowered, positions)
                              for match in pattern.finditer(lowered, start, end))


@lru_cache(maxsize=1 << 16)  # ads share most of their words: each is looked up once
def _triggered(word: str) -> tuple[int, ...]:
    """Numbers of the rules whose hint word this word starts with: a short hint ("til") may
    start a longer word, so every start of the word up to PREFIX characters is looked up."""
    return tuple(number for size in range(1, PREFIX + 1)
                 for hint, number in TRIGGERS.get(word[:size], ()) if word.startswith(hint))


def _windows(lowered: str, positions: list[int]) -> Iterator[tuple[int, int]]:
    """Stretches of WINDOW around the trigger positions, merged, each ending at a word end."""
    start, end = None, 0
    for position in sorted(set(positions)):
        low, high = max(0, position - WINDOW), position + WINDOW
        if start is not None and low <= end:
            end = max(end, high)
            continue
        if start is not None:
            yield start, _word_end(lowered, end)
        start, end = low, high
    if start is not None:
        yield start, _word_end(lowered, end)


def _word_end(lowered: str, position: int) -> int:
    while position < len(lowered) and lowered[position].isalnum():
        position += 1
    return min(position, len(lowered))


def _company_intro(lowered: str) -> list[tuple[int, int]]:
    """Sentences of a long ad's opening about the company, before its first task heading.

    "In onze DC's wordt in drie ploegen gewerkt" or "we produceren diepvriesgroenten" there
    describes the employer, not the job; the title line and sentences that address the reader
    ("je werkt in drie ploegen") or name the vacancy are kept.
    """
    heading = _JOB_HEADING.search(lowered)
    if heading is None or heading.start() < INTRO_FROM:
        return []
    title_end = lowered.find("\n")
    title_end = title_end if 0 <= title_end < heading.start() else 0
    return [(sentence.start(), sentence.end())
            for sentence in _SENTENCE.finditer(lowered, 0, heading.start())
            if sentence.start() >= title_end and not _ABOUT_THE_JOB.search(sentence.group())]


def _applying(lowered: str) -> list[tuple[int, int]]:
    """Sentences about applying for the job ("solliciteer direct of kom langs bij de receptie")."""
    return [(sentence.start(), sentence.end()) for sentence in _SENTENCE.finditer(lowered)
            if _APPLY.search(sentence.group())]


def _read(text: str) -> tuple[str, str]:
    """The text as scanned, and its lowered head that the rules run on, its mail and web
    addresses blanked out (same length, so snippets still line up)."""
    if "&" in text:
        text = html.unescape(text)  # "een pr&eacute;" left over from a feed's HTML
    lowered = text[:MAX_CHARS].lower()
    if "@" in lowered or "www." in lowered or "://" in lowered:  # most ads have neither
        lowered = _ADDRESS.sub(lambda address: " " * len(address.group()), lowered)
    return text, lowered


def _scan(text: str, lowered: str, source: str, found: Demands, negative: dict[str, str],
          seated: bool) -> None:
    skipped = _company_intro(lowered) + _applying(lowered)
    for rule, matches in _rules_to_run(lowered):
        for match in matches:
            if match.start() and lowered[match.start() - 1].isalnum():
                continue  # not at a word start: "nachten" in "ochtendnachten"
            if any(start <= match.start() < end for start, end in skipped) and not any(
                    key in INTRO_KEEPS for key, _ in rule.demands):
                continue  # the employer's own story, or how to apply
            if _NUMBER_TAIL.search(lowered, max(0, match.start() - 2), match.start()):
                continue  # "30 uur" inside "tot 16.30 uur", "250 kg" inside "1.250 kg"
            snippet = _snippet(text, match.start(), match.end())
            if _OPTIONAL_AFTER.match(lowered[match.end():match.end() + 40]):
                found.notes.append(f"optioneel: {snippet}")
                continue
            before = max(0, match.start() - CONTEXT)
            if THEIR_SENTENCE.search(lowered, before, match.end()):
                continue  # "onze klanten werken op de werf" describes the customers
            if COLLECTIVE_AGREEMENT.search(lowered, before, match.start()):
                continue  # "volgens cao Beveiliging" names the agreement, not the work
            if _colleagues(lowered, match, before):
                continue  # "door onze magazijnmedewerkers": other people's trade
            if rule.unless and rule.unless.search(lowered, before, match.start()):
                continue  # "je rapporteert aan de teamleider" asks nothing of you
            if rule.after and not rule.after.search(lowered, before, match.start()):
                continue  # "voor internationale klanten" is the company's market
            if (_negated(lowered, match.start(), match.end())
                    and not _handled_people(rule, lowered, match.start(), match.end())):
                for key, _ in rule.demands:
                    negative.setdefault(key, snippet)
                found.notes.append(f"ontkend: {snippet}")
                continue
            for key, value in rule.demands:
                amount = value(match) if callable(value) else value
                if amount is None or (seated and key in ON_ONES_FEET
                                      and not STANDING.search(match.group())):
                    continue  # "je zit aan de band": the inpakker is seated
                demand = Demand(key, amount, _unit(key), rule.confidence, source, snippet)
                _keep(found, demand)


def _colleagues(lowered: str, match: re.Match[str], before: int) -> bool:
    """Whether the match is a plural trade word naming colleagues, not the vacancy."""
    word = lowered[match.start():_word_end(lowered, match.end())]
    return bool(" " not in word and COLLEAGUES.search(word)
                and COLLEAGUES_BEFORE.search(lowered, before, match.start()))


def _keep(found: Demands, demand: Demand) -> None:
    """Keep the most certain, then the most demanding reading of each key."""
    current = found.get(demand.item)
    if current is None or (demand.confidence, demand.value) > (current.confidence, current.value):
        found[demand.item] = demand
