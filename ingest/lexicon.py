"""The demand lexicon: Dutch, Flemish and English phrases and what they ask in FML terms.

Each :class:`Rule` maps a precompiled pattern to FML demand keys and values in the item's unit
(see :mod:`ingest.fml`): "tillen tot 25 kg" is 25 kg on IV.13, "nachtdiensten" is the condition
key VI.1.2 with value 1. A rule may require or forbid what comes right before a match ("met
klanten", not "onze klant"). :mod:`ingest.demands` reads a text with these rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest import fml

# a demand that entails another, at most of the day: walking or climbing is done standing
IMPLIES = {"IV.17": ("V.4", 8.0), "IV.19": ("V.4", 8.0)}
# a delivery round walks from van or bike to the door and sits in between: walking, but not on
# one's feet most of the day (the labelling rules name delivering under IV.17 only), unless the
# round is walked ("als bezorger loop je de hele ochtend door de wijk")
DELIVERY_ROUND = re.compile(r"\b\w*(?:bezorg|koerier|postbode)")
ON_FOOT = re.compile(r"\b(?:loop\w*|lopen|lopend|te voet)\b")

# a seat, not the floor, one's knees or "achter de schermen" (behind the scenes)
_SEAT = (r"(?:aan|achter|op) (?:de|je|jouw|een|hun|onze|het) "
         r"(?!(?:grond|vloer|knie|hurk|schermen\b|laag)\w*)")
# sitting for a while only: "zit je maar kort", "zit je af en toe"
_BRIEFLY = (r"(?! (?:maar |slechts |ook |zelf )?(?:kort|af en toe|soms|even|zelden|weinig|nooit"
            r"|niet|geregeld|regelmatig|een paar|of sta))")
# a seat named before the verb: "aan je eigen montagetafel zit je"
_SEAT_FIRST = rf"{_SEAT}(?:[\w-]+ ){{0,2}}zit (?:je|jij|u)\b{_BRIEFLY}"
# the reader's work said to be done seated: "je zit aan de verpakkingsband", "vanaf je
# kassastoel", "zittend werk"; not kneeling ("zit je op je hurken"), a part of the day ("zit je
# af en toe achter de balie"), a choice ("je zit of staat aan de kassa") or a figure of speech
# ("jij zit achter de schermen"). Where it is said, a job word ("inpakker", "kassa") no longer
# puts the reader on their feet; what says standing itself ("sta je", "staand") still does.
SEATED = re.compile(rf"\b(?:(?:je|jij|u) zit|zit (?:je|jij|u))\b{_BRIEFLY}[^.;\n]{{0,40}}?"
                    rf"\b(?:{_SEAT}|in (?:de|onze|een) (?:meldkamer|controlekamer|cabine))"
                    r"|\bzittend werk(?! afgewisseld| en staand)"
                    # "je werkt zittend", "het meeste werk doe je zittend aan je eigen machine"
                    r"|\b(?:doe|doet|werk|werkt) (?:(?:je|jij|u) )?"
                    r"(?:(?!(?:niet|nooit|soms|af|zelden|weinig|even|kort)\b)\w+ ){0,2}zittend\b"
                    r"(?! of st| en st)"
                    # "om de hele dag zittend aan de werkbank te werken"
                    r"|\b(?:grotendeels|meestal|vooral|hoofdzakelijk|overwegend"
                    r"|de hele (?:dag|dienst)) zittend\b(?! of st| en st)"
                    # "zittend aan je eigen werkbank zaag en vijl je", not "staand of zittend aan"
                    r"|(?<!of )(?<!en )(?<!soms )(?<!deels )\bzittend aan\b"
                    # "aan je eigen montagetafel zit je", "je werkt aan de zitkassa"
                    rf"|\b{_SEAT_FIRST}|\bzitkassa\w*|\bkassastoel|\bop (?:je|hun) stoel\b")
STANDING = re.compile(r"\b(?:sta|staa\w*|staand\w*|stand|standing|on your feet|been|benen)\b")

# a role named after one of these is someone else's: "je leidinggevende", "met de chauffeurs",
# "een eigen teamleider", "onder leiding van een ervaren ploegbaas"; but "je" before a verb is
# the reader: "je bent chauffeur", "je werkt in de kas", "ben je hiërarchisch leidinggevende",
# and so is who "bent de" role: "als teamcoach ben je de directe leidinggevende"
_SOMEONE_ELSE = (r"\b(?:(?<!\bben )je\s+(?!bent\s|\w+t\s)"
                 r"|onder\s+(?:leiding\s+van\s+)?(?:een|de|het|onze)\s+"
                 r"|(?:jouw|uw|onze|your|the|aan|met|naar"
                 r"|spreekt|controleert|instrueert|plant|begeleidt|ondersteunt|bijvoorbeeld"
                 r"|doorgroeien (?:naar|tot)|eigen)\s+"
                 r"|(?<!\bben je )(?<!\bben jij )(?<!\bbent )(?:de|het)\s+)(?:\w+\s+)?$")
# a sentence in the company's own voice describes its market, not the job: "wij leveren aan
# particulieren", "we welcome guests from all over the world"
_COMPANY_VOICE = (r"(?:^|[.!?]\s+|\n)(?:wij|we|ons bedrijf|onze organisatie|our company)\s+"
                  r"(?!zoeken|zijn op zoek|vragen|bieden|are looking|seek|offer)\w+[^.!?\n]*$"
                  # "een afwerkingsbedrijf dat badkamers plaatst bij particulieren", until the
                  # sentence turns to the reader or the vacancy ("... help je particulieren")
                  r"|\b\w*(?:bedrijf|onderneming|firma) (?:dat|die) "
                  r"(?:(?!\b(?:je|jij|u|we|wij|zoeken|zoekt)\b)[^.!?\n,;:])*$")
# "1.500 gasten tegelijk", "ruim 80.000 reizigers per dag": the size of the business, which the
# dishwasher behind the scenes never meets
_HEADCOUNT = r"\b(?:\d{1,3}(?:\.\d{3})+|\d{4,})\s+$"
# a desk named as colleagues or as what the job is not: "de collega's van customer service",
# "het contact met de klanten loopt via de receptie", "klantvragen komen binnen bij onze
# klantenservice", "liever achter de schermen dan aan de balie",
# the last of the departments one "stemt af met" (but not "je stemt de wensen af met de gasten")
_OTHER_DESK = (r"\b(?:collega'?s (?:van|bij|op) (?:de |onze |het )?"
               # "het klantcontact loopt via onze verkopers in de winkel"
               r"|(?:(?:ver)?lo(?:opt|pen)|gaa?[nt]) via (?:de |onze |het )?(?:afdeling )?"
               r"(?:\w+ (?:in|op|aan|achter) (?:de|het) )?"
               r"|(?:komen|komt) (?:\w+ )?binnen bij (?:de |onze |het )?(?:afdeling )?"
               r"|dan (?:aan|achter) de |stem\w* (?:\w+ )?af met "
               r"(?:[\w'’-]+,? ){1,5}en )$")
# goods bound for shops or customers: "stapelt dozen op paletten voor de winkels"
# or ordered by them: "je verzamelt de bestellingen van winkels"
_GOODS_FOR = (r"\b(?:paletten|dozen|orders|bestel\w*|leveringen|goederen|rolcontainers)\b"
              r"[^.]{0,20}\b(?:voor|naar|van) (?:de |onze )?$")
# "de gebruikers van de software" are the product's, not the job's contacts
_NOT_PRODUCT = (r"(?! van (?:de|het|onze|ons) (?:\w+ )?(?:software|applicatie\w*|tool\w*|systemen"
                r"|systeem|platform|app|pakket))")
# loads a crane operator hoists from the cab: "vanuit de cabine hijs je bekisting en wapening"
_HOISTS = r"\bhijs\w*\s+(?:je\s+|jij\s+)?$"
# lifting that a hoist, truck or trolley named right after does: "transfers met de tillift",
# "zware onderdelen worden met de rolbrug verplaatst"; not an aid that only helps ("er zijn
# hulpmiddelen, maar niet alles kan ermee")
_NO_AID = (r"(?![^.]{0,60}\b(?:tillift|hulpmiddel\w*|sta-op-lift|palletwagen|heftruck|steekwagen"
           r"|steekkar|laadklep|forklift|transpallet|pompwagen|kraan|rolcontainer|vacuümheffer\w*"
           r"|takel|rolbrug|manipulator)\w*(?![^.]{0,6}\bmaar\b))")
# a role named in the application section or as a career step is not the job: "bel met Anouk
# Verhoef, teamleider Ruimte", "doorgroeien naar bijvoorbeeld afdelingsmedewerker of teamleider"
_CONTACT_PERSON = (r"\b(?:bel\w*|contacteer\w*|contact (?:op )?met|mail\w*|informatie bij"
                   r"|ter attentie van|t\.a\.v\.)\b"
                   r"[^.!?]{0,50},\s*(?:\w+\s+)?(?:\w+-)?$")  # "Ingrid de Boer, HR-manager"
_CAREER_STEP = (r"\b(?:doorgroei\w*|door te groeien|groeit door|groei je door|doorstro\w*"
                r"|groeimogelijkhe\w*|bijvoorbeeld tot|opleiden tot|opleiding tot)\b[^.]{0,60}$")
# a sentence about the company's customers describes them, not the job: "onze klanten zijn
# vaak op de werf", "onze gasten komen voor de klassiekers"
THEIR_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)(?:onze|our)\s+(?:klanten|gasten|customers"
                            r"|guests)\b[^.!?\n]*$")  # searched up to the match's end, which
                                                     # may be "gasten" itself
# the collective agreement's name is no task: "salaris volgens cao Schoonmaak- en
# Glazenwassersbedrijf", "cao Beveiliging", "PC 302 (horeca)"
COLLECTIVE_AGREEMENT = re.compile(r"\b(?:cao|pc|paritair comité)\s+(?:voor\s+(?:de\s+)?)?"
                                  r"(?:[\w-]+,?\s+(?:en\s+)?){0,2}$")
# colleagues named by their trade are not the job: "het laden gebeurt door onze
# magazijnmedewerkers", "je stuurt een team van 25 orderpickers aan" (plural trade words only:
# "onze orderpicker" may be the vacancy, and "de ladders" are no people)
COLLEAGUES = re.compile(r"(?:medewerkers|pickers|pakkers|chauffeurs|bezorgers|monteurs|operators"
                        r"|operatoren|arbeiders|magazij?niers|schoonmakers|vakkenvullers|verkopers"
                        r"|kundigen|verzorgenden|koks|beveiligers)$")
# who does the work: "door onze magazijnmedewerkers", "het handwerk doet de grondwerker"
_DONE_BY = r"(?:door|doe[nt]) (?:de|onze)"
COLLEAGUES_BEFORE = re.compile(rf"(?<!van )\b(?:onze|{_DONE_BY}|(?:\w+t|\w+ je) (?:de|onze)"
                               r"|met (?:de|onze)"
                               r"|tussen|aan (?:de|onze)|andere"
                               r"|team van(?: \d+(?: (?:tot|à|-) \d+)?)?)"
                               r"\s+(?:\w+\s+)?"
                               r"(?:\w+(?:,\s+|\s+en\s+))?$")  # "orderpickers en inpakkers"
# "renovaties voor particulieren en bedrijven", "badkamers van particulieren": whom the company
# works for, unlike "je werkt bij particulieren thuis"
_MARKET = r"\b(?:voor|van)\s+(?:zowel\s+)?$"
_MAIL = r"(?:post|briefwisseling|brieven|e-?mails?|documenten)"
# ironing, by hand and on one's feet: the ironer, her table, iron and press, "strijkt hemden"
_IRONING = (r"strijker\w*|strijkster\w*|strijkpers\w*|strijktafel\w*|strijkijzer\w*"
            r"|strijkt (?:de |ook )?(?:hemden|overhemden|broeken|kleding"
            r"|kledij|was|wasgoed|linnen|bedlinnen|uniformen)")
# what is sorted now and then between other tasks, unlike linen, post or produce at a band
_SORTED_GOODS = r"(?:afval|puin|retouren|producten|goederen)"
# a trade named in a team's make-up, after a head count or "een team van": "25 orderpickers en
# inpakkers", "ons team bestaat uit fysiotherapeuten, oefentherapeuten en een sportmasseur"
_STAFF_LIST = (r"\b(?:(?:team|ploeg|groep) (?:van|bestaat uit) (?:[\w'-]+,? ){0,4}|\d+ [\w-]+ )"
               r"(?:en|of) (?:een )?$")
# work that meets customers, right before "klanten": "contact met leveranciers en klanten"
_MEETS = (r"\b(?:met|helpt|help je|advis\w+|ontvangt|ontvang je|bedient|bedien je|contact"
          r"|spreekt|bezoekt|bezoek je|bij|naar|informeert|begeleidt|staat|sta je|je|belt|bel je"
          r"|vragen van|contacteert|contacteer je|langs"
          r"|aanspreekpunt voor)\s+(?:[\w'’-]+,?\s+){0,6}?(?:\w+-)?$")

# the people a care, teaching or childcare job serves; right after "collega's" they are a list of
# whom the workplace holds ("collega's, bewoners en familie"), not the job's own clients
# a driver who "haalt cliënten op en brengt ze naar de dagbesteding" carries them, and their
# worries less than the people who care for them
_CARRIES = re.compile(r"\b(?:haalt|haal je|breng\w*|vervoer\w*)\s+(?:\w+\s+){0,2}$")
_ENDS_BY_SIX = r"\s*\x28?\s*\d{1,2}(?:[:.u]\d\d|u)\s*[-–]\s*(?:1[0-8]|0?\d)(?:[:.u]\d\d|u\b)"
# trades whose phrases several rules read: standing at a station, customer contact, wet work,
# work above the shoulders; "een barista-koffiemachine" is an appliance
_BARISTA = r"barista(?![- ]?koffie)"
# not the house type "twee-onder-een-kapper"
_HAIRDRESSING = r"kapper(?<!een-kapper)\w*|kapsalon\w*|barber\w*|barbier\w*"
# the till and its work, not the software, takings or data of a chain's tills ("kassasystemen",
# "kassa-, voorraad- en klantenkaartgegevens")
_TILL = (r"kassa(?!-?(?:syste|softw|omzet|leveranc|applicat|data)"
         r"|-,? [^.]{0,40}?(?:gegevens|data|systemen|software)\b)\w*")
# cutting hair or fabric, not the gardener who "knipt hagen", the pruner who "knipt waterloten
# en scheuten" or the paver who "knipt passtukken"
_CUTS = (r"knipt(?! (?:\w+ )?(?:hagen|haag|heggen|struiken|gras|bomen|takken|\w*loten|scheuten"
         r"|twijgen|passtukken|tegels))")
# "de brug tussen de productievloer en de administratie" works between the two, not on the floor
# "je bent de spil tussen onze klanten, de kraanmachinisten en de werkplaats" names the workshop
# as the last of the parties; "de schakel tussen keuken en zaal en loopt heen en weer" still walks
_BRIDGES = (r"\b(?:brug|schakel|spil) tussen (?:(?:de|het|onze) "
            r"|[^.;:!?\n]{0,60}(?:,| en) (?:de|het|onze) )?$")
# one warehouse worker who does the lifting is a colleague too ("leveringen worden door onze
# magazijnier verwerkt"); COLLEAGUES knows only the plurals
_WAREHOUSE_WORKER = r"magazijnier(?<!door onze magazijnier)(?<!door de magazijnier)\w*"
_WINDOW_CLEANING = (r"glazenwass\w*|wast (?:\w+ )?ramen|wassen (?:\w+ )?ramen|lapt (?:\w+ )?ramen"
                    r"|ramen (?:wassen|lappen)")
# filling shelves through a shop: "je vult de schappen aan", "je bevoorraadt de rekken", not
# "de droogtrechters bij"
_FILLS = (r"(?:vul|bevoorraad)\w* (?:[\w'’]+ ){0,4}(?:schappen|rekken|vakken|koelingen?"
          r"|koelvakken|voorraad|voorraden|diepvriezers?|kasten)\b")
# cleaning as a repair step cleans a part, not rooms: "je demonteert, reinigt en reviseert
# uurwerken", "onderdelen reinigen en monteren", "demonteren, reinigen, oliën"
_CLEANS = (r"(?:reinigt|reinigen)(?!(?:,| en) (?:reviseert|reviseren|repareert|repareren"
           r"|herstelt|herstellen|monteert|monteren|smeert|smeren|oliet|oliën|kalibreert"
           r"|kalibreren)\b)")
# other people's shifts: those software schedules ("onze software om dag-, avond- en
# nachtdiensten in te plannen") and those of the staff an adviser serves ("de managers van de
# dag-, avond- en nachtploeg")
_OTHERS_SHIFTS = (r"\b(?:software|systeem|platform|app|tool)\w*\s+(?:om|voor|waarmee)\b[^.]{0,40}$"
                  r"|\b(?:managers?|leidinggevenden|teamleiders|medewerkers|collega'?s|mensen)"
                  r" (?:van|uit|in) de\s+(?:[\w-]+,?\s+(?:en\s+)?){0,3}$")
# who leads, plans or prices a trade does not do it: "voorman metselaar", "je volgt de
# metselwerken op", "calculator schrijnwerk"
_OVERSEES = (r"\b(?:voorm[ae]n\w*|werfleid\w*|projectleid\w*|projectmanager|calculat\w*"
             r"|opzichter\w*|uitvoerder\w*|werkvoorbereid\w*|monitor\w*|volg\w*|opvolg\w*"
             r"|coördin\w*|plan\w*)"
             r"\s+(?:[\w-]+\s+){0,3}$")
# "lossen ... op" and "lost ... op" solve something: "je lost storingen zelf op"
_SOLVES = r"(?![^.]{0,60}\bop(?:[.,;:!?]|\s+(?:en|of|maar|zodat|die|dat|om)\b|\s*$))"

Value = float | Callable[[re.Match[str]], float | None]


@dataclass(frozen=True)
class Rule:
    """One lexicon entry: a pattern and the demands it implies."""

    pattern: re.Pattern[str]
    demands: tuple[tuple[str, Value], ...]
    confidence: float
    hints: tuple[str, ...]  # the pattern only runs when a word starts like one of these
    # what, right before a match, makes it no demand: "je leidinggevende" is your boss
    unless: re.Pattern[str] | None = None
    # what must come right before a match for it to count: "met klanten", not "onze klanten"
    after: re.Pattern[str] | None = None


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _group(match: re.Match[str]) -> float | None:
    """The number a pattern captured (a range "20-25" gives its upper end)."""
    value = match.group("high") or match.group("n")
    return _number(value) if value else None


WALKING_KMH = 4  # a walking pace at work, with stops: "je loopt 15 km per dag" is about 4 hours


def _walking_hours(match: re.Match[str]) -> float | None:
    """Hours a day on foot from the distance walked, at most a working day."""
    kilometres = int(match.group("km"))
    return min(8.0, max(1.0, round(kilometres / WALKING_KMH))) if kilometres else None


def _in_one_place(match: re.Match[str]) -> float | None:
    """The FML's 60 minutes at a time for standing at a station, none when the text goes on to
    walking: "staand aan de labtafel en loopt regelmatig naar de hallen" is on one's feet only."""
    return None if match.group("walks") else 60


def _emotions_unless_carried(match: re.Match[str]) -> float | None:
    """The FML's 4 for the emotional problems of the people cared for; none for the people a
    driver only carries."""
    return None if _CARRIES.search(match.string, max(0, match.start() - 40), match.start()) else 4


_NOT_A_WEEK = re.compile(r"(?:tot|om|vanaf|van|tussen|binnen|en|na|voor)\s+$")


def _weekly(match: re.Match[str]) -> float | None:
    """Hours per week from a bare "(20-24 uur)" or "36 uur": a plausible week, not a clock time."""
    before = match.string[max(0, match.start() - 8):match.start()]
    value = _group(match)
    if value is None or not 12 <= value <= 48:
        return None
    clock = _NOT_A_WEEK.search(before)
    # "voor 24-32 uur" and "voor 32 uur" are a week; "voor 17 uur" is a clock time
    ranged = bool(match.group("high")) and _number(match.group("n")) >= 12
    if clock and not (clock.group().startswith("voor") and (ranged or value > 24)):
        return None
    return value


def _rule(pattern: str, confidence: float, *demands: tuple[str, Value],
          hints: tuple[str, ...] = (), unless: str | None = None,
          after: str | None = None) -> Rule:
    for key, _ in demands:
        fml.split_key(key)  # a typo in the lexicon fails at import, not at match time
    # a leading \b stops the regex engine from skipping ahead to likely first characters, so it
    # is checked in Python instead (see _scan): three times faster on long texts
    compiled = re.compile(pattern.removeprefix(r"\b"))
    return Rule(compiled, tuple(demands), confidence, hints or _hints(pattern),
                re.compile(unless) if unless else None, re.compile(after) if after else None)


_LITERAL = re.compile(r"[^\\()\[?*+{|.$^]*")


def _hints(pattern: str) -> tuple[str, ...]:
    """Literal starts of a pattern's top-level alternatives ("" when one has none); an
    alternative that opens with a group ("(?:handen|huid) in aanraking met") starts like one
    of the group's own alternatives, unless the group may be skipped ("(?:in)?paktafel").

    Looking words up in a table is far cheaper than running every regex over the whole text,
    which keeps the lexicon near half a millisecond for a short ad (measured on the evaluation
    texts, 170 characters on average).
    """
    hints: list[str] = []
    for part in _alternatives(pattern.removeprefix(r"\b")):
        part = part.removeprefix(r"\b")
        group_end = _group_end(part) if part.startswith("(?:") else None
        if group_end is not None:
            inner = _hints(part[3:group_end])
            if "" in inner or part[group_end + 1:group_end + 2] in ("?", "*", "{"):
                return ("",)
            hints.extend(inner)
            continue
        literal = _LITERAL.match(part).group()
        if part[len(literal):len(literal) + 1] in ("?", "*", "{"):
            literal = literal[:-1]
        if not literal:
            return ("",)
        hints.append(literal)
    return tuple(hints)


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of a pattern: split at each "|" outside a group."""
    parts, current, depth = [], "", 0
    for char in body:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


def _group_end(part: str) -> int | None:
    """Index of the parenthesis that closes the group ``part`` opens with."""
    depth = 0
    for index, char in enumerate(part):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return index
    return None


_SENTENCE_END = re.compile(r"[.!?]\s")
_PER_WEEK = re.compile(r"\s*(?:per|p/|/|in de)\s*w")
_OPENING_HOURS = re.compile(r"(?:geopend|open|openingstijden|bereikbaar|spreekuur|telefonisch"
                            r"|in overleg|flexibel(?! om\b)|kom\w* langs|eens langs|even langs"
                            r"|gerust langs|binnenlopen|binnenspringen|spring\w* (?:\w+ )?binnen"
                            r"|bezoekuren|openingsuren)\b")
# a cleaning job, not "het schoonmaken van je werkplek" at the end of a production shift
_CLEANING = (r"schoonma(?:ken(?! van (?:je|jouw|de) (?:eigen )?(?:werkplek|machine|werkbank|lijn))"
             r"|akt|ker|kers|akster\w*|akwerk\w*|akmedewerk\w*)\b")
# "beschikbaar op drie dagen tussen 8.00 en 17.00 uur" is when you can be scheduled
_AVAILABLE = re.compile(r"\b(?:beschikbaar|inzetbaar|available)\b")
BREAK_AFTER_HOURS = 5.5  # Arbeidstijdenwet: a longer shift has at least half an hour of break
# "tussen 07:30 en 17:30" longer than this is the window the hours fall in, not one shift
WINDOW_SHIFT_HOURS = 9


def _shift_hours(match: re.Match[str]) -> float | None:
    """Working hours in a shift or day given by its start and end ("07:00-15:30" is 8 hours).

    Only clock notation ("7u30", "15:00", "van 8 tot 17 uur") counts: "24-32 uur" is a weekly
    range, times after "geopend" or "bereikbaar" are someone's opening hours, and "tussen 8u en
    17u" (without minutes, or after "beschikbaar") or "in overleg" is a window the hours fall
    in, not their length.
    """
    clock = any(match.group(name) for name in ("start_min", "start_u", "end_min", "end_u"))
    if not clock and not (match.group("window") and match.group("end_uur")):
        return None
    window = match.group("window") in ("tussen", "between")
    if match.group("sep") in ("en", "and") and not window:
        return None
    if window and not (match.group("start_min") or match.group("end_min")):
        return None
    text = match.string
    sentence = _SENTENCE_END.split(text[max(0, match.start() - 60):match.start()])[-1]
    if _PER_WEEK.match(text, match.end()) or _OPENING_HOURS.search(sentence):
        return None
    if window and _AVAILABLE.search(sentence):
        return None
    start = int(match.group("start")) + int(match.group("start_min") or 0) / 60
    end = int(match.group("end")) + int(match.group("end_min") or 0) / 60
    if start > 24 or end > 24:
        return None
    span = (end - start) % 24
    longest = WINDOW_SHIFT_HOURS if window else 14
    if not 1 <= span <= longest:
        return None
    return round(span - 0.5 if span > BREAK_AFTER_HOURS else span, 1)


_ABOUT = r"(?:ongeveer |circa |ca\.? |rond |±\s?|about |around )?"  # "tot ongeveer 11:30"
_N = r"(?P<n>\d{1,3}(?:[.,]\d)?)(?:\s*(?:-|tot|à|a)\s*(?P<high>\d{1,3}(?:[.,]\d)?))?"

# how long one stands: "het grootste deel van de dag", "de hele dienst", "urenlang"
_HOW_LONG = (r"(?:een groot deel|het grootste deel"
             r"|(?:een|de) hele (?:voormiddag|namiddag|ochtend|middag|dag|dienst|shift|avond|nacht)"
             r"|urenlang|vooral|grotendeels|overwegend|voornamelijk"
             r"|meestal) (?:van (?:de dag|je dienst|de dienst) )?")
# a place of work one stands at: a till, a line, a counter, a bench ("je staat aan de kantpers")
_STATION = (r"\b(?:staand werk|staande (?:werkplek|functie|balie|kassa|toonbank)|sta-?balie\w*"
             # "je staat het grootste deel van de dag op je post bij de attractie"
             # or "sta je op post bij een van de hoofdingangen", "je dresseert aan je post"
             r"|vaste post\b|(?:staat|sta je|sta jij) (?:[\w']+ ){0,6}?op (?:je )?post\b"
             r"|aan (?:je|jouw) (?:eigen )?post\b"
             # a guard's gate: "je bemant de toegangspost aan de hoofdpoort"
             r"|toegangspost\w*|beman\w* (?:\w+ )?(?:de|het|een) \w*post\b"
             # "je post is de ingang van de winkel" (looked up by "post", not by "je")
             r"|post is\b(?<=\bje post is)|post is\b(?<=jouw post is)"
             rf"|{_TILL}|stakassa\w*"
             r"(?![^\n]{0,80}\bzit\w* (?:\w+ ){0,2}(?:aan|achter) de kassa)"
             # not the plant's size: "350 medewerkers en 8 productielijnen"
             r"|productielijn(?<!\d productielijn)\w*"
             r"|(?:werk je|werkt|werken) staand|verpakkingslijn\w*|lopende band|aan de band"
             r"|(?:van|op|bij|via) de band\b"
             r"|inpaktafel|vouwtafel|toonbank|toog\b"
             r"|afwas\w*|vaatwasstraat\w*|vaatwasmachine\w*|de vaatwasser in|spoelkeuken|urenlang"
             r"|staat de hele (?:dag|dienst|avond|nacht|shift)"
             r"|staande? (?:op|aan)|op dezelfde plek|slagboom|warme kant|fornuis"
             # "je kunt lang op één plek staan", not "alle zorg op één plek" or "zodat alle
             # dossiers op één plek staan"
             r"|(?:lang|urenlang|uren) op (?:één|een) plek (?:te )?staan\b"
             r"|(?:je staat|jij staat|sta je|sta jij) (?:\w+ ){0,2}op (?:één|een) plek"
             # "een hoge balie zonder bureaustoel", "a high desk without chairs"
             r"|zonder (?:bureau)?(?:stoel|stoelen)\b|without (?:a )?chairs?\b"
             # "je staat op een kruising", "je staat op de beursstand van onze klant"
             r"|(?:staat|sta je|sta jij) (?:\w+ ){0,2}?op (?:een|de|het) (?:kruising|kruispunt"
             r"|beursstand|marktkraam)\b"
             r"|rechtsta(?:an|and\w*)\b"
             rf"|steenoven|grill\w*|{_BARISTA}|espresso\w*|koffiebar|achter de \w*bar\b"
             r"|at the counter|host[- ]?stand\w*|(?:pak|inpak|pack(?:ing)?) ?station\w*"
             r"|(?:along|at|by) the conveyor"
             r"|werkt aan de lijn|aan de productielijn|aan de verpakkingslijn|aan de uitsnijlijn"
             r"|aan de snijlijn|aan de inpaklijn|aan de frituurlijn|aan de paktafel"
             r"|aan de inpaktafel|aan de packtafel|operatietafel"
             rf"|assemblagelijn\w*|{_HAIRDRESSING}|{_CUTS}|tapt\b|aan de labtafel"
             r"|aan (?:de|je|je eigen) (?:werkbank|werktafel|bindtafel|snijtafel|montagetafel"
          r"|montagestand\w*|kantbank|kantpers|strijktafel|strijkplank)\b"
             r"|sorteerband\w*|sorteermachine\w*|sorteerkast\w*|sorteerstraat\w*|vitrine\w*"
             # "je staat aan de kantpers", "sta je het grootste deel van de dag achter de balie",
             # not "aan de wieg" or "achter onze visie"
             # "je staat de hele dienst naast de grimeerstoel", where without the time it may be
             # support ("als coach sta je naast de ondernemer")
             rf"|(?:staat|sta je|sta jij) (?:(?:mee |ook |dagelijks |{_HOW_LONG})?(?:aan|achter)"
             r" (?:de|onze|een|je|jouw) "
             r"(?!(?:start\w*|wieg|basis\w*|zijde|kant|top|lat|missie|visie|waarden|keuzes?"
             r"|beslissing\w*|aanpak|filosofie|producten|oplossing\w*|klant\w*)\b)"
             rf"|{_HOW_LONG}naast (?:de|een|je|jouw) ))")
# "sta je aan de balie of loop je heen en weer": on one's feet, but not in one place (V.4 only)
_WALKS_TOO = r"[^.]{0,60}\b(?:of|en) (?:je |jij )?loop"
_SITS_TOO = r"[^.]{0,60}(?:afgewisseld|wisselen af|afwisselend)"
# "je zit aan de kassa" is seated; a technician "onderhoudt de productielijnen"; who
# "draait af en toe een kassadienst", "helpt mee aan de kassa", "springt bij op de kassa",
# "helpt achter de toog" or "draait mee achter de kassa" stands there only now and then, and so
# does who works "zittend" but "doet het knippen staand aan de tafel", who works "een deel van de
# dienst aan de labtafel", "loopt tussen keuken en toog" or "doet rondes langs de lijnen"
_STATION_UNLESS = (r"\bzit\w*\s+(?!of st)(?:\w+\s+){0,4}$"
                   r"|\bonderh\w*\s+(?:van |aan )?(?:[\w-]+,?\s+){0,3}$"
                   r"|\b(?:af en toe|tussendoor|soms|een deel van (?:de|je) \w+)\s+"
                   r"(?:\w+\s+){0,4}$"
                   r"|\b(?:loopt|loop je|loop jij)\b[^.;:]{0,40}$"
                   # "je doet rondes langs de CNC-machines en de assemblagelijnen"
                   r"|\brondes? (?:\w+ )?langs\b[^.;:]{0,40}$"
                   # "je bent onderweg tussen de productielijnen en de koelcellen"
                   # or "de hele shift in de weer tussen de keuken, de toog en de tafels"
                   r"|\b(?:onderweg|pendel\w*|heen en weer|in de weer) tussen\b[^.;:]{0,40}$"
                   r"|\b(?:(?:helpt|help je)(?: mee| ook)?|spring\w* (?:je |jij )?(?:ook )?bij)"
                   r" (?:aan|op|achter) de\s+$"
                   # "tijdens het event help je bij de toegangscontrole of achter de bar"
                   r"|\b(?:helpt|help je) (?:mee |ook )?bij [^.]{0,40}\b(?:of|en)"
                   r"\s+(?:(?:aan|achter) de\s+)?$"
                   r"|\b(?:draait|draai je|draai jij) mee (?:achter|aan) de\s+$"
                   r"|\bzittend\b[^.]{0,80}$")

RULES: tuple[Rule, ...] = (
    # IV Dynamische handelingen
    _rule(rf"\b(?:tillen|heffen|til(?:t|len)?|dragen|sjouwen)\b[^.\n]{{0,30}}?{_N}\s*(?:kg|kilo)",
          0.9, ("IV.13", _group), hints=("kg", "kilo")),
    _rule(rf"{_N}\s*(?:kg|kilo)\w*\b[^.\n]{{0,25}}?\b(?:tillen|heffen|dragen|sjouwen)", 0.9,
          ("IV.13", _group), hints=("kg", "kilo")),
    # a weight others or a machine move is not lifted: "rollen van 30 kilo worden door het
    # magazijn op de tafel gelegd", "met de kraan"; but "met de hand", "met een collega" or
    # "met z'n tweeën" is
    _rule(rf"\b{_N}\s*(?:kg|kilo)\b"
          r"(?![^.]{0,40}\bworden (?:door (?!jou\b)|met (?:de|een) (?!hand\b|collega)))",
          0.6, ("IV.13", _group), hints=("kg", "kilo")),
    _rule(r"\b(?:zwaar (?:fysiek|lichamelijk) werk|fysiek zwaar|lichamelijk zwaar|zwaar werk"
          r"|sjouw\w*|versjouw\w*"
          r"|zware (?:lasten|zakken|dozen|materialen|voorwerpen|onderdelen|colli|spullen"
          r"|meubels|kratten)|zwaar materiaal|tilwerk"
          # "niet bang van zware fysieke arbeid", "je bent fysiek sterk"
          rf"|zware (?:fysieke |lichamelijke )?arbeid|fysiek sterk)\b{_NO_AID}",
          0.6, ("IV.13", 25), unless=_HOISTS),
    # building trades handle heavy materials on their feet (Dutch and Flemish trade names)
    _rule(r"\b(?:metsel\w*|bekisting\w*|grondwerk\w*|bouwvakker\w*|stukadoor\w*|plafonneer\w*"
          r"|dakdekk\w*|timmerm\w*|schrijnwerk\w*|steigerbouw\w*|ijzervlecht\w*|sloper\w*"
          r"|sloopwerk\w*|verhuizer\w*|asfaltwerk\w*|asfalteer\w*)", 0.5, ("IV.13", 25), ("V.4", 8),
          unless=rf"{_OVERSEES}|\b{_DONE_BY}\s+$|{_HOISTS}"),
    # floor and paving trades lift heavy materials but work kneeling, not standing
    _rule(r"\b(?:tegelzet\w*|vloerder\w*|stratenmak\w*|klinkerlegg\w*)", 0.5, ("IV.13", 25),
          unless=rf"{_OVERSEES}|\b{_DONE_BY}\s+$"),
    # lifting without a weight: the FML norm (15 kg) until the text says more; a hoist or
    # other aid means the job avoids the lifting. "Lossen" with a closing "op" solves problems;
    # who "laadt de rekken" of a dishwasher or "laadt de accu" lifts nothing.
    _rule(rf"\b(?:tillen|tilt|til je|heffen|lossen{_SOLVES}|lost (?:zelf|containers|vrachtwagens)"
          rf"{_SOLVES}|laadt(?! (?:de |het |je )?(?:\w*rekken|vaatwas\w*|korven|accu\w*"
          r"|batterij\w*)\b)|laden en lossen|inladen|uitladen|transfereren|transfers|optillen)\b"
          rf"{_NO_AID}"
          # "je laadt en lost vrachtwagens met je (reach)truck"
          r"(?![^.,]{0,30}\bmet (?:je|jouw|de) (?:reach|hef)?truck\b)"
          r"(?! van (?:de |het )?\w*(?:lijst|bestand|gegevens|data)\b)"
          # "je tilt onze checkout naar een hoger niveau", "een lead naar een mooie deal", "je tilt
          # onze data-infrastructuur samen met de data engineers naar een hoger niveau"
          r"(?![^.]{0,80}\bnaar (?:een |het )?(?:hoger|volgend|ander|nieuw|mooi)\w* "
          r"(?:niveau|level|plan|deal)\b)",
          0.5, ("IV.13", 15), unless=r"(?:niveau|level|hoogten?)\b[^.]{0,20}$|\bop te\s+$"
          # a forklift or hoist just named does the loading: "op de heftruck. Je lost vrachtwagens"
          r"|\b(?:heftruck|reachtruck|vorklift|forklift|graafkraan|kraan|palletwagen|stapelaar"
          r"|takel|manipulator)"
          r"\w*\b[^\n]{0,110}$"),
    # carrying named by its load or route: "werkbladen draag je met z'n tweeën naar binnen",
    # "je verplaatst tafels en stoelen", "je pakt rolcontainers uit", "fusten wisselen",
    # "sleept stammen naar het pad", "je mest de boxen uit"
    _rule(r"\bdraag je (?:\w+ ){0,3}?(?:met z['’]n (?:tweeën|twee)"
          r"|naar (?:binnen|buiten|boven|beneden)|de trap|mee (?:het dak|naar))"
          r"|\bverplaatst (?:daarvoor |zelf )?(?:\w+,? ){0,3}?(?:tafels|stoelen|meubilair|meubels"
          r"|dozen|zakken|blokken)\b"
          r"|\bpakt (?:de )?rolcontainers? uit|\brolcontainers? (?:uitpakken|leeghalen|legen)"
          r"|\bdozen van de rolcontainers?"
          r"|\b(?:fusten|vaten) (?:wisselen|van \d+ (?:en \d+ )?liter)"
          r"|\bwissel\w* (?:zelf |al eens |ook )?(?:de |een )?(?:fusten|vaten|fust|vat)\b"
          r"|\b(?:sleurt|sleuren|sleur je|uitmesten|mest (?:\w+ ){0,3}uit"
          # "een project over de finish slepen" carries nothing
          r"|(?:sleept|sleep je) (?:\w+ ){0,3}?(?:takken|stammen|hout|balen|zakken|kabels|slangen"
          r"|lasten|materia(?:al|len)))\b",
          0.5, ("IV.13", 15),
          hints=("draag", "verplaatst", "pakt", "rolcontainer", "rolcontainers", "dozen", "fusten",
                 "vaten", "wissel", "sleur", "sleep", "uitmest", "mest")),
    # loads named by what they hold: "zakken potgrond van 40 liter", "kratten bier en fusten";
    # moving things in pairs is lifting too: "kasten verplaats je samen met een collega"; a
    # butcher takes "halve varkens en runderkwartieren" from the cold store
    _rule(r"\b(?:zakken (?:\w+ )?(?:potgrond|cement|zand|meel|tegellijm|aarde|mortel|grind)"
          r"|kratten (?:met )?(?:bier|frisdrank|drank|dranken|groente|fruit|water|glazen|flessen"
          r"|leeggoed)|bakken leeggoed|fusten"
          r"|halve varkens|runderkwartier\w*|karkas(?:sen|delen)|varkenshelften"
          r"|verplaats je (?:samen )?met (?:een )?collega)\b"
          rf"{_NO_AID}", 0.5, ("IV.13", 15)),
    _rule(r"\b(?:orderpick\w*|order ?picker\w*|magazijnmedewerker\w*|magazijnwerk\w*"
          r"|magazijnier\b|in ons magazijn|in het magazijn|in een magazijn|logistiek medewerker"
          r"|warehouse(?!s? ?(?:manag|responsible))|pick and pack)", 0.5,
          ("IV.13", 15), ("IV.17", 8), ("V.4", 8),
          # a data warehouse, its manager or team leader, a manager's experience in one or a
          # company's "12 warehouses" (or its "Snowflake-warehouse") is no picking work
          unless=r"\b(?:data[- ]?|\w+-)$|\b\d+\s+$"
                 r"|\b(?:manager|teamleider|supervisor|hoofd|dispatcher|planner|ervaring in een)"
                 # "leveringen worden door onze magazijnier verwerkt"
                 rf"\s+(?:\w+\s+)?$|\b{_DONE_BY}\s+$"),
    # standing in one place (V.3 and V.4) unless the text says it alternates with sitting
    # "kassamedewerker. Je zit aan de kassa" is seated
    _rule(rf"{_STATION}(?!{_SITS_TOO})(?=(?P<walks>{_WALKS_TOO})?)", 0.6, ("V.4", 8),
          ("V.3", _in_one_place), unless=_STATION_UNLESS),
    # standing that alternates with sitting: on your feet for part of the day (V.4 only)
    _rule(r"\b(?:staand werk|staande (?:werkplek|functie))(?=[^.]{0,60}(?:afgewisseld"
          r"|wisselen af|afwisselend))", 0.6, ("V.4", 4)),
    _rule(r"\b(?:standing work|standing all day|on your feet"
          r"|(?:you|we)(?: will|'ll)? stand (?:throughout|all day|most of))", 0.6, ("V.4", 8),
          ("V.3", 60)),
    # on your feet, moving about (V.4 only)
    _rule(r"\b(?:veel staan|de hele dag op je benen|veel op je benen|op je benen|winkelvloer"
          r"|shop ?floor"
          # "je staat langs de badrand" (not the building that "staat langs de A12"),
          # "zitten doe je alleen in de pauze"
          r"|(?:je staat|jij staat|sta je|sta jij) langs de"
          r"|zitten doe je (?:hier |bij ons )?(?:eigenlijk )?(?:alleen|enkel|pas|maar) "
          r"(?:in|tijdens) (?:de|je) pauze"
          r"|vakkenvul\w*|inpak\w*|operator\w*|productievloer\w*|voor de klas(?:sen)?"
          r"|geeft les(?:sen)?|lesgeven|atelier\b"
          r"|tapwerk|in de keukens?|kookt"
          r"|werkplaats(?:en)?"
          r"|oogst\w*|serveer\w*|serveren|bediening(?:smedewerker\w*|spersoneel)?"
          # the greenhouse and the nursery: every such ad in the tuning texts asks standing
          r"|in de kas\b|in de kassen|kwekerij\w*|potplantenkwekerij\w*|tomatenkwekerij\w*"
          r"|boomkwekerij\w*|glastuinbouw\w*|oppot\w*|wijderzet\w*|verspeen\w*"
          # not "zetels worden verplaatst door onze magazijniers"
          rf"|{_WAREHOUSE_WORKER}"
          r"|geeft trainingen|pakt (?:\w+ )?in\b"
          rf"|poetst|poetsen|{_CLEANS}|dweil\w*|stofzuig\w*"
          rf"|{_FILLS}"
          r"|schappen aanvullen|rekken aanvullen|vakken aanvullen|schappen bijvullen|bakt\b"
          r"|sporthal(?:len)?|groepsles\w*|praktijkhal\w*|praktijklokaal\w*"
          r"|(?:staat|sta je|sta jij|staan) (?:mee )?op de (?:werk)?vloer"
          r"|bewegingsonderwijs"
          r"|bedien\w* (?:de|een|je) (?:\w+ ){0,3}?\w*(?:pers|persen|machines?|lijn|lijnen)"
          r"|suppoost\w*|zaalwacht\w*"
          r"|haalt (?:\w+ ){0,3}van de band"
          r"|staat (?:een groot deel|het grootste deel|veel|bij de)"
          r"|(?:loopt|loop je|loop jij) (?:\w+ ){0,2}(?:heen en weer|rond)\b"
          r"|sta je (?:een groot deel|het grootste deel|veel|de hele (?:dag|dienst))"
          # a span of working time, not who gets "de hele wijk op de been" for an event
          r"|(?:veel|vaak|voortdurend|continu|de hele (?:dag|dienst|avond|nacht|shift|service"
          r"|ochtend|middag|werkdag|tijd)) op de been"
          # ironing is done on one's feet; and so is standing outside in all weathers or bent
          # over a bed: "ook in de winter sta je buiten", "waarbij je over het bed gebogen staat"
          rf"|{_IRONING}|sta (?:je|jij) (?:\w+ ){{0,2}}buiten\b"
          r"|gebogen (?:staat|sta je|staan))(?!\w)", 0.6,
          # "in hun werkplaats" is the customer's
          ("V.4", 8), unless=rf"\bhun\s+$|{_BRIDGES}"),
    # busy about the place: "je bent de hele dienst op de afdeling in de weer", "een groot deel
    # van je dienst ben je in de weer tussen de kamers", "je bent lang in de weer"; every such ad
    # in the tuning texts asks standing
    _rule(r"\bin de weer\b", 0.6, ("V.4", 8), hints=("weer",),
          unless=r"\b(?:af en toe|soms|zelden)\s+(?:\w+\s+){0,4}$"),
    # "het grootste deel van de dag sta je voorovergebogen", "het werk is staand": looked up by
    # the standing word, since "het", "een" and "werk" open half the sentences of an ad
    _rule(r"\b(?:(?:een groot deel|het grootste deel) (?:van (?:de dag|je dienst|de dienst) )?"
          r"sta (?:je|jij)|(?:werk|job|functie) is (?:grotendeels |overwegend |vooral )?staand"
          # "je werkt grotendeels staand aan de labtafel en loopt naar de hallen"
          r"|(?:werk je|werkt|werken) (?:grotendeels|overwegend|vooral|meestal) staand)",
          0.6, ("V.4", 8), hints=("sta",)),  # "sta" also looks up "staand"
    # standing asked of the reader: "je kunt de hele dag staan", "geen probleem om je hele dienst
    # te staan"; and sitting ruled out: "stilzitten is er niet bij", "stilzitten is niets voor jou"
    _rule(r"\b(?:(?:de |je )?hele (?:dag|dienst|shift) (?:te )?staan\b"
          r"|stilzitten is (?:er )?(?:bij ons |hier |dus )?(?:niet bij|niets voor (?:jou|je))\b)",
          0.6, ("V.4", 8), hints=("staan", "stilzitten")),
    _rule(r"\b(?:beeldschermwerk|achter de (?:computer|pc|laptop)"
          r"|administratie\w*|administratief|data-?invoer|software ?ontwikkel\w*|developers?"
          r"|programmeurs?|kantoorwerk\w*|kantoorfunctie\w*|kantooromgeving\w*|werkt op kantoor"
          r"|op ons kantoor"
          r"|loonadministr\w*|boekhoud\w*|beeldscherm\w*|excel(?!l)\w*|exact\b|autocad|crm\b|wms\b"
          r"|tms\b|klantcontactcentr\w*|contactcenter\w*|ticketsysteem|servicedesk\w*|helpdesk\w*"
          r"|claimsysteem|ticketingsysteem|notule\w*"
          # "achter twee grote schermen", not "achter de schermen" (behind the scenes)
          r"|achter (?:een|je|jouw|twee|drie|meerdere|de) (?:[\w-]+,? ){0,3}(?:beeld)?schermen?"
          r"(?<!achter de schermen)"
          r"|python|sql\b|data ?engineer\w*|calculatie\w*|telefonisch\w*|thuiswerk\w*|sap\b|erp\b"
          r"|erp-\w+|ms office|office 365|microsoft office|office-?toepassingen|office-?pakket"
          # the Flemish "telewerk" and "thuis (te) werken" beside "thuiswerk"
          r"|vanuit huis|hybride werken|remote\b|telewerk\w*|thuis (?:te )?werken)(?!\w)", 0.6,
          ("V.2", 8), ("IV.4", 8),
          # who leaves from home, or may grow into a CNC programmer later
          unless=rf"\b(?:vertrek\w*|start\w*|rijd\w*)\s+(?:je\s+|jij\s+)?$|{_CAREER_STEP}"),
    # desk tasks that imply screen work without naming the screen: a hint, not a statement
    _rule(r"\b(?:offertes? (?:opvragen|opvraagt|opmaken|opmaakt|aanvragen|vergelijken|vergelijkt)"
          r"|bestellingen (?:plaatsen|plaatst|ingeven|invoeren|inboeken)"
          r"|facturen (?:controleren|controleert|verwerken|verwerkt|inboeken|boekt)"
          r"|software ?(?:engineer|architect|tester)\w*|(?:inkoop|boekhoud|planning|erp)software"
          r"|(?:vanaf|vanop) kantoor\b|kantoor of thuis"
          r"|(?:de hele dag|dagelijks) (?:\w+ ){0,2}in (?:\w+ ){0,2}systemen)", 0.5,
          ("V.2", 8), ("IV.4", 8),
          hints=("offerte", "bestellingen", "facturen", "software", "inkoopsoftware",
                 "boekhoudsoftware", "planningsoftware", "erpsoftware", "vanaf", "vanop",
                 "kantoor", "hele", "dagelijks")),
    # seated, but not at a screen all day; "afwisselend zittend en staand" is neither
    _rule(rf"\b(?:zit (?:je |jij |u )?{_SEAT}|grotendeels zittend"
          rf"|zittend(?<!afwisselend zittend)\w*|{_SEAT_FIRST}|zitkassa\w*"
          r"|receptionist\w*|aan de receptie|achter de receptie\w*)", 0.6, ("V.2", 8)),
    # work done on foot: "je doet te voet controlerondes", "daar bezorg je te voet pakjes",
    # "ga je te voet de wijk in", "je loopt je wijk, te voet met een posttas"; the round is on one's
    # feet too (all such tuning texts but one ask standing); not the way to work: "je werkt op
    # vijf minuten te voet van het station"
    _rule(r"\b(?:doet|doe je|surveilleert|surveilleer je|patrouilleert|patrouilleer je|bent"
          r"|ben je|ben jij|werkt|werk je|trekt|trek je|bezorgt|bezorg je|ga je|gaat|loopt"
          r"|loop je) (?:[\w'’]+,? ){0,7}?te voet\b"
          r"(?<!minuten te voet)(?<!minuutjes te voet)(?! (?:van|vanaf|bereikbaar)\b)"
          # nor the commute: "je gaat te voet of met de fiets naar je werk"
          r"(?![^.]{0,40}\bnaar (?:je |jouw |het |ons |onze )?(?:werk|kantoor|station|werkplek)\b)",
          0.6, ("IV.17", 8), ("V.4", 8), hints=("voet",)),
    # moving about all day: "je bent de hele dienst in beweging", "je bent dus vooral buiten en
    # in beweging", not the company "in een markt die continu (or voortdurend) in beweging is" or
    # the manager who "mensen in beweging krijgt"
    _rule(r"\b(?:(?:de|je) hele (?:dag|dienst|shift|avond|middag|ochtend|nacht|route|werkdag)"
          r" (?:[\w-]+ ){0,3}?in beweging"
          r"|(?:bent|ben je|ben jij) (?:dus |ook |fysiek )?(?:(?:veel|vooral|graag|voortdurend"
          r"|continu|constant|altijd)(?: [\w-]+){0,3}? )?in beweging"
          r"|(?:veel|voortdurend) in beweging(?! is))\b", 0.6, ("IV.17", 8), hints=("beweging",)),
    # not who "bezorgt tijdig de nodige rapporten"
    _rule(r"\b(?:veel lopen"
          r"|bezorg(?:t|en|werk|route\w*|ronde\w*)\b(?! (?:tijdig |de |de nodige |jouw |je |het )*"
          r"(?:rapport\w*|verslag\w*|cijfers|offerte\w*|informatie|feedback)\b)"
          r"|bezorg (?:je )?(?:pakketten|pakjes|post|brieven|maaltijden|boodschappen|kranten)\b"
          # cleaning one's own station at the end of a shift is no walking round
          rf"|postbode(?:s)?|(?:poets\w*|{_CLEANS})(?! (?:\w+ ){{0,3}}(?:je|jouw|de|het) "
          r"(?:eigen )?(?:werkpost|werkplek|toestellen|machines?|werkbank)\b)"
          rf"|interieurverzorg\w*|loopt achter|{_FILLS}"
          rf"|{_CLEANING}"
          # a home help cleans all day; "lichte" or "kleine huishoudelijke taken" beside care do not
          r"|huishoudelijk(?<!lichte huishoudelijk)(?<!kleine huishoudelijk)(?<!bij huishoudelijk)"
          r"\w* (?:werk|hulp|taken|dienst|ondersteuning|medewerk)\w*|huishoudhulp\w*"
          r"|rondes? lopen|loopt rondes"
          # "je loopt meerdere keren per dienst een vaste ronde door de hal"
          r"|(?:loopt|loop je|loop jij) (?:[\w'’]+ ){0,6}?rondes?\b"
          r"|surveill\w*|serveer\w*"
          # "schakelt met de bediening" works with the waiters
          r"|serveren|bediening(?<!met de bediening)(?:smedewerker\w*|spersoneel)?|vakkenvul\w*"
          r"|loopt (?:veel|af en aan|over|door)|loop je (?:veel|heel wat|flink)"
          r"|bedient (?:de )?gasten|bedien je (?:de )?gasten|ruimt (?:de )?tafels af"
          r"|tafels afruimen|zaalmedewerker\w*|dienblad\w*"
          r"|doet (?:\w+ ){0,2}?rondes|doe je (?:\w+ ){0,2}?rondes"
          r"|loopt de hele (?:dag|dienst|shift|tijd|route|ronde)"
          r"|sporthal(?:len)?|sportveld(?:en)?|maait|maaien|maaiwerk\w*|snoei\w*|productievloer\w*"
          rf"|{_WAREHOUSE_WORKER}"
          r"|verhuizer\w*|verhuisbedrij\w*"
          r"|verpleeghuis\w*|verpleegafdeling\w*|verpleegt|verpleeg je|woongroep\w*|glazenwass\w*"
          # "de hele dag op je benen staan" is standing
          r"|veel op je benen(?! (?:te )?staan)|de hele dag op je benen(?! (?:te )?staan)"
          r"|conci[eë]rge\w*"
          r"|(?:loopt|loop je|loop jij|wandelt|wandel je) (?:[\w'’]+ ){0,4}"
          r"(?:door|rond|langs|naar de voordeur)\b"
          r"|(?:loopt|loop je|loop jij) heen en weer"
          r"|loopt het laatste stuk)(?!\w)", 0.6,
          # "af en toe loop je een ronde door het magazijn" is no walking job, nor "een paar keer
          # per nacht loop je een ronde"
          ("IV.17", 8), unless=rf"{_BRIDGES}|\b(?:af en toe|soms|zelden|een paar keer"
                               r"(?: per \w+)?)\s+$"),
    # "op een festivalterrein leg je zo 20.000 stappen per dag af"
    _rule(r"\b\d{1,2}(?:\.\d{3}|000) stappen\b", 0.6, ("IV.17", 8), hints=("stappen",)),
    # "je loopt al snel 15 km per dag", "you walk up to 20 km a day"
    _rule(r"\b(?:loopt|loop je|lopen|wandel\w*|walk\w*)\b[^.\d]{0,25}?(?P<km>\d{1,2})\s*"
          r"(?:km|kilometers?)\b", 0.8, ("IV.17", _walking_hours),
          hints=("loopt", "loop", "lopen", "wandel", "walk")),
    # trades done on one's feet, named without their tasks ("Als kok bereid je de gerechten");
    # "de koks" or "onze winkelmedewerkers" are colleagues, a "verkoopmedewerker binnendienst"
    # sits at a desk
    _rule(r"\b(?:kok|koks|chef-kok|sous-?chef|keukenhulp\w*|keukenmedewerker\w*|lasser\w*"
          r"|schilder(?:s|t|en|werk\w*)?|winkelmedewerker\w*|verkoopmedewerker\w*"
          r"|verkoopster\w*|in de kas(?:sen)?|leerkracht|onderwijzer\w*|kleuteronderwijzer\w*"
          r"|kleuterjuf\w*"
          r"|praktijkdocent\w*"
          # at the press or the lathe: "offsetdrukker", "CNC-draaier", "verspaner"
          r"|(?:offset|zeef|rotatie|flexo|tampon|vellen)drukker\w*"
          # ("CNC-operator" is read as an operator, "CNC-frezer" as a frezer)
          r"|cnc-draaier\w*|verspaner\w*|frezers?|draaibank\w*|freesbank\w*)\b"
          r"(?! (?:\w+ )?(?:binnendienst|buitendienst))", 0.5,
          ("V.4", 8), unless=_SOMEONE_ELSE),
    # "als drukker", "eerste of tweede drukker"; not a paper that "gaat naar de drukker"
    _rule(r"\bdrukker\b", 0.5, ("V.4", 8), after=r"\b(?:eerste|tweede|als)\s+$"),
    # production work is done on one's feet; "onze productiemedewerkers" are colleagues
    _rule(r"\bproductie-?(?:operator|medewerk|arbeider)\w*", 0.6, ("V.4", 8),
          unless=_SOMEONE_ELSE),
    # "de bezorgers" or "onze bezorgers" are colleagues the job serves or plans
    _rule(r"\b(?:pakket|maaltijd|kranten|post|fiets)?bezorg(?:er|ers|ster|sters)\b", 0.6,
          ("IV.17", 8), unless=_SOMEONE_ELSE,
          hints=("bezorger", "pakketbezorger", "maaltijdbezorger", "krantenbezorger",
                 "postbezorger", "fietsbezorger")),
    # not a career ladder: "ons engineering ladder-model", "de carrièreladder"
    _rule(r"\b(?:ladders?(?!-?model)|steigers?|rolsteiger\w*|hoogwerker|op hoogte|dakwerk\w*"
          r"|klimmen|daken\b|op het dak\b|hoogtevrees)\b", 0.6, ("IV.19", 5),
          unless=r"\b(?:engineering|career|carrière|loopbaan)[- ]?$"),
    _rule(r"\b(?:op (?:een|de) trap|vanaf (?:een|de) trap|trapje|keukentrap)\b", 0.6,
          ("IV.19", 3), hints=("trap", "keukentrap")),
    _rule(r"\b(?:knielen|geknield|hurken|gehurkt|op je knie[eë]n|door (?:je|de) knie[eë]n"
          r"|bukken|kruip\w*"
          r"|op de grond zitten|(?:zit|zitten|speel\w*) (?:[\w'’]+ ){0,5}?op de grond"
          r"|kinderhoogte|onderste (?:plank|schap|rek)\w*)\b", 0.7,
          ("IV.20", 10)),
    # mopping floors and laying out gardens mean kneeling and crouching
    _rule(r"\b(?:dweil\w*|tuinaanleg"
          r"|legt (?:\w+ )?tuinen aan|tuinen aan(?:leggen)?|bestrating|stratenmak\w*)\b", 0.5,
          ("IV.20", 10)),
    # a kneeling or crouching posture, not the repeated movement, means working while kneeling
    _rule(r"\b(?:geknield|gehurkt|op je knie[eë]n|op de knie[eë]n|op uw knie[eë]n"
          r"|kniebescherm\w*"
          r"|legt (?:\w+ )?(?:tegels|klinkers|vloer\w*)|tegels leggen|vloeren leggen"
          r"|tegelzet\w*)\b", 0.6,
          ("V.5", 5)),
    _rule(r"\bzit (?:het grootste deel|de hele dag|vooral)\b", 0.6, ("V.2", 8)),
    # a body "gedraaid", not shifts that "worden gedraaid"
    _rule(r"\b(?:veel bukken|gebukt|gebogen|voorovergebogen|bukt|getordeerd"
          r"|gedraaid(?<!worden gedraaid)(?<!wordt gedraaid))\b", 0.6,
          ("V.6", 10)),
    # personal care and bed making are done bent over a bed, a chair or a sink
    _rule(r"\b(?:persoonlijke verzorging|bedden (?:op)?maken|maakt (?:\w+ ){0,2}bedden op"
          r"|bedden verschonen|aankleden|aan bed\b|steunkousen|adl\b|verzorging\b|verpleegt"
          r"|making beds|bending\b|(?:patiënten|cliënten|bewoners) op bed|herpositioneren"
          r"|helpt bij (?:het )?wassen"
          r"|wassen en aankleden|(?:lopen|tillen|staan) en bukken"
          r"|transfereren|rechtzetten)", 0.5, ("V.6", 10)),
    # hands-on care of residents or clients is done on one's feet, moving from room to room
    _rule(r"\b(?:(?<!producten voor )persoonlijke verzorging|aankleden"
          r"|helpt bij (?:het )?(?:douchen|wassen)"
          r"|(?:dagelijkse )?verzorging van (?:de )?(?:bewoners|cliënten|clienten|patiënten)"
          r"|verzorgt (?:de )?(?:bewoners|cliënten|clienten|patiënten|ouderen))", 0.5,
          ("IV.17", 8),
          hints=("persoonlijke", "aankleden", "douchen", "wassen", "verzorging", "verzorgt")),
    _rule(r"\bboven (?:schouder|het hoofd|hoofd)hoogte\b|\bboven je hoofd\b|\bplafonds?\b"
          r"|\bsysteemplafond\w*|\bbovenste (?:schap|plank|rek)\w*|\btop (?:racks|shelves)"
          r"|\bhoge (?:hagen|schappen|kasten|rekken)|\bbovenkasten", 0.7, ("V.7", 2),
          hints=("boven", "plafond", "plafonds", "systeemplafond", "bovenste", "top", "hoge",
                 "bovenkasten")),
    # window cleaning and painting walls, frames and ceilings are work above the shoulders
    _rule(rf"\b(?:{_WINDOW_CLEANING}|schilder\w*|schildert)\b", 0.5, ("V.7", 2)),
    # fine work that asks "een vaste hand": a watchmaker, a dental technician who polishes, the
    # beautician who sets eyelash extensions
    _rule(r"\b(?:fijne motoriek|solde(?:r|er)\w*|pincet\w*|kleine (?:onderdelen|componenten)"
          r"|repeterend\w*|repetitief|vaste hand|fijn gereedschap|polijst\w*|wimper\w*"
          r"|epilat\w*)", 0.6, ("IV.3", 1)),
    # handwork all day: cutting, sewing, sorting, folding, packing at a band, screwing by
    # hand, unless the hands move loads, not a machine ("je lost containers met de hand",
    # "stukken tot 25 kg doe je met de hand", "het meeste gaat gewoon met de hand": lifting),
    # scrub pots or alternate with a machine. "Handmatig" says only that: not by machine
    # ("handmatige vegers", "handmatig invoeren").
    _rule(r"\b(?:met de hand\b(?! als)|handwerk\b)", 0.5, ("IV.3", 1),
          unless=r"\b(?:los|lost|lossen|zet|zetten|sjouw\w*|til|tilt|tillen|draag\w*|dragen|stapel\w*"
                 r"|plaats\w*|laad\w*|verplaats\w*|hanteer\w*|pickt?|schrob\w*|ruimt|gaat|moet)\b"
                 r"[^.]{0,50}$|\d\s*(?:kg|kilo)\b[^.]{0,40}$"),
    _rule(r"\b(?:snijdt (?:en \w+ )?vlees|uitbeen\w*|uitbenen|trimt"
          # folding the laundry or boxes, not refolding the clothes on a shop's tables now and then
          r"|naai\w*|(?:vouwt|vouwen)(?!(?: \w+){0,3} (?:kleding|kledij|tafels)\b)"
          rf"|{_IRONING}|schroev\w*|momentsleutel\w*"
          r"|aan de band|aan de lopende band|lopende band|uitbener\w*|versnijdt|portioneer(?:t|\b)"
          r"|pipett\w*|aan de sorteerband|snijwerk|fileer\w*|fileren|knipschaar\w*"
          r"|knippen|groenten? snijden"
          rf"|{_CUTS}|plukt|plukken|dieft|dieven|inpaktafel"
          # hairdressers, nail stylists and the cutter in a cut-proof glove work with their hands
          r"|föhn\w*|fohn\w*|nagelstyl\w*|nagelstudio\w*|nail ?art|gellak|manicure\w*"
          r"|snijhandschoen\w*|ontvlie\w*|snoeischaar\w*|stript|precisiewerk|handinstrument\w*"
          r"|vingervlug\w*|fijne vingers|door je handen|(?:werk|werkt) met je vingers"
          # the Flemish fold: towels and boxes, not a shop's clothes or sheet metal on a press
          r"|plooi(?:t|en|je) (?:\w+ ){0,2}?(?:handdoeken|linnen|lakens|servetten|wasgoed|dozen"
          r"|verzenddozen|doosjes)"
          r"|scan\w* (?:je |jij |u )?de hele dag"
          # a cashier's pace, counted: "je scant zo'n 25 artikelen per minuut", "honderden per uur"
          r"|scan\w* (?:[\w'’]+ ){0,3}?(?:artikelen|producten|boodschappen) per (?:minuut|uur)"
          r"|scan\w* (?:je |jij )?honderden"
          r"|(?:handen staan|staan je handen) (?:dus |daarbij )?nooit stil"
          r"|manuele (?:therapie|technieken)|masseert|masseren|garneert|garneren|spuitzak\w*"
          r"|bindtafel\w*"
          r"|boeketten|dresseerwerk|fijn snij\w*"
          # the croupier, the potter at the wheel (not a patient's "draaischijf"), the farrier
          # gripping rasp and tongs
          r"|handig met (?:je|jouw) handen|handig met (?:fijn )?gereedschap|handvaardig\w*"
          # deburring castings with a grinder or knife: "je ontbraamt ze", "braam je ze af"
          r"|ontbra\w*|braamt|braam je|(?:snijdt|snijd je|snij je) (?:[\w'’]+ ){0,2}groenten?"
          # "veel kracht en uithoudingsvermogen in je handen", "je stelt de remmen fijn af"
          r"|kracht (?:\w+ ){0,3}in (?:je|jouw|de) (?:handen|vingers|polsen)"
          r"|(?:stelt|stel je) (?:\w+ ){0,4}fijn af|fijnafstel\w*|(?:deelt|deel je) (?:de )?kaarten"
          r"|(?:aan|achter) (?:de|je) (?:draai)?schijf"
          r"|(?:draait|draai je) (?:[\w-]+ ){0,5}op de schijf|stevige grip|beitel\w*"
          r"|(?:steekt|steek je|steken) (?:\w+ ){0,3}asperges|asperges steken"
          # "je legt de plakjes die de snijmachine aflevert netjes op de schaaltjes"
          r"|(?:legt|leg je) (?:[\w-]+ ){0,9}(?:in|op) (?:de )?(?:schaaltjes|bakjes|trays"
          r"|platen|bakplaten)"
          r"|met (?:je|jouw) handen bezig|(?:strippen|striptang),? (?:en )?krimpen"
          # slices straightened on the line, deburring by knife, plants turned round the wire,
          # cuttings, flowers and bottles put in pots, sleeves and boxes one by one
          r"|(?:legt|leg je) (?:[\w-]+ ){0,3}recht|(?:verwijdert|verwijder je) (?:de )?bramen"
          r"|indraai\w*|(?:draait|draai je) (?:de )?(?:planten|kop) (?:\w+ )?in|stektafel\w*"
          r"|(?:steekt|steek je) (?:[\w-]+ ){0,3}in (?:\w+ )?(?:potjes|hoezen|doosje\w*))\b",
          0.5, ("IV.3", 1)),
    # trades whose daily work is fine or forceful handwork even where the ad lists no task:
    # the bicycle mechanic, the upholsterer, the dental technician, the asparagus cutter, the
    # packer, the masseur; "onze fietsenmakers" are colleagues, and so are the trades in a
    # team's make-up ("je stuurt 25 orderpickers en inpakkers aan", "een team van
    # fysiotherapeuten en een sportmasseur"); "een gratis massage" is a perk
    _rule(r"\b(?:fietsenmaker\w*|fietstechnic\w*|fietsherstel\w*|stoffeerder\w*|stoffeert"
          r"|stofferen|tandtechni\w*|aspergesteker\w*|inpakker\w*|masseu\w*|(?:sport|wellness)masseu\w*"
          r"|(?:sport|ontspannings|hotstone|hoofdhuid)massages?|massages?"
          rf"|{_HAIRDRESSING})\b", 0.5, ("IV.3", 1),
          unless=rf"{_SOMEONE_ELSE}|{_STAFF_LIST}|\bgratis (?:\w+ )?$"),
    # sorting the mail, before or after the verb, is office work; sorting goods, returns or
    # waste is an odd task between others ("je sorteert retouren", "afval sorteren")
    _rule(rf"\b(?:sorteert|sorteren|sorteer je)\b(?! (?:de |het )?(?:binnengekomen )?"
          rf"(?:{_MAIL}|{_SORTED_GOODS}))", 0.5, ("IV.3", 1),
          unless=rf"\b(?:{_MAIL}|{_SORTED_GOODS})\b[^.]{{0,25}}$"),
    # packing by hand into boxes, not the line that "wordt automatisch verpakt in dozen"
    _rule(r"\b(?:pak je|pakt|verpak je|verpakt) (?:[\w-]+ ){0,3}in (?:\w+ )?"
          r"(?:dozen|omdozen|doosjes)\b", 0.5, ("IV.3", 1),
          unless=r"\b(?:wordt|worden|machines?|robots?)\b[^.]{0,30}$"),
    # VI Werktijden: rotating rosters with nights also have evening shifts
    _rule(r"\b(?:3-ploegen\w*|3 ploegen\w*|drieploegen\w*|drie ploegen|volcontinu\w*|5-ploegen\w*"
          r"|5 ploegen\w*|vijfploegen\w*|vijf ploegen|24-uurs\w*|24 uurs\w*|rotating shifts"
          r"|24/7[- ]?\w*(?:rooster|dienst|ploeg|bezetting|shift|rota|storing|wacht)\w*"
          r"|werk\w* (?:\w+ )?24/7)", 0.8,
          ("VI.1.2", 1), ("VI.1.1", 1),
          hints=("ploegen", "drie", "drieploegen", "volcontinu", "vijf", "vijfploegen", "24",
                 "rotating")),  # "24" of "werkt 24/7", not every word starting "werk"
    _rule(r"\b(?:nachtdienst\w*|nachtploeg\w*|nachtwerk|nachten\b|'s nachts|slaapdienst\w*"
          r"|slaapwacht\w*|in de nacht\b|tot laat in de nacht|nachtrit\w*|night shifts?|nights\b)",
          0.8,
          ("VI.1.2", 1), unless=_OTHERS_SHIFTS),
    # "diensten eindigen soms na middernacht": through the evening into the night
    _rule(r"\b(?:tot|na|voorbij) (?:\w+ )?middernacht\b", 0.7, ("VI.1.2", 1), ("VI.1.1", 1),
          unless=_OTHERS_SHIFTS, hints=("middernacht",)),
    # on-call duty for breakdowns answers calls outside office hours, evenings and nights
    _rule(r"\b(?:wachtdienst\w*|storingsdienst\w*|piketdienst\w*|consignatiedienst\w*"
          r"|bereikbaarheidsdienst\w*)", 0.6, ("VI.1.2", 1), ("VI.1.1", 1), unless=_OTHERS_SHIFTS),
    # a "late dienst (09:00-18:00)" or "(10u-18u)" in a day-care roster ends before the evening
    # "je bent 's avonds weer thuis" is the end of a day's work; "Huize Avondrood" and
    # "woonzorgcentrum Avondzon" are care homes named after the evening, "een avondje stappen"
    # is the guests' night out
    _rule(rf"\b(?:avond(?!(?:rood|zon|rust|licht|vrede|ster|schijn|je|jes)\b)\w*|'s avonds"
          rf"|late dienst(?:en)?(?!{_ENDS_BY_SIX})|late ploeg\w*"
          r"|late(?:, | en )\w*diensten"
          r"|2-ploegen\w*|2 ploegen\w*|twee ploegen|ploegendienst\w*|tweeploegen\w*"
          r"|koopavond\w*|vroege en late|evening\w*"
          # "wisselende diensten binnen onze openingsuren (7u - 18u)" ends by the evening
          r"|wisselende diensten(?! binnen (?:onze |de )?(?:openingsuren|openingstijden)))"
          r"\b(?! (?:weer |gewoon |altijd )?thuis)", 0.7,
          ("VI.1.1", 1), unless=_OTHERS_SHIFTS),
    # "op vrijdag- en zaterdagavond", "je geeft les op dinsdagavond", not the perk of
    # "sportlessen elke maandagavond"
    _rule(r"\b(?:maan|dins|woens|donder|vrij|zater|zon)dagavond(?:en)?\b", 0.7, ("VI.1.1", 1),
          unless=rf"{_OTHERS_SHIFTS}|\b(?:(?:sport|yoga|fitness|bootcamp)\w*|\w*borrel\w*)\s+"
                 r"(?:\w+\s+)?$",
          hints=tuple(f"{day}dagavond" for day in ("maan", "dins", "woens", "donder", "vrij",
                                                   "zater", "zon"))),
    _rule(rf"\b(?P<start>\d{{1,2}})(?:[:.u]\d\d|u)\s*(?:-|–|tot|en)\s*{_ABOUT}(?P<end>\d{{1,2}})"
          r"(?:[:.u](?P<end_min>\d\d)|u\b)"
          # "tot 23u", "een voorstelling eindigt vaak pas rond 23u"
          rf"|\b(?:tot|until|eindig\w* (?:\w+ ){{0,3}}?(?:rond|om|na|tegen)) {_ABOUT}"
          r"(?P<until>\d{1,2})(?:[:.u](?P<until_min>\d\d)\s*(?:uur)?"
          r"|\s*(?:uur|u)\b(?!\s*(?:per|p/|/|in de w)))",
          0.7, ("VI.1.1", lambda m: _shift(m, night=False)),
          ("VI.1.2", lambda m: _shift(m, night=True)),
          # "05:30" and "5u30 - 13u30" both start a shift before six
          hints=(*(f"{hour:02d}" for hour in (*range(19, 24), *range(7))),
                 *(str(hour) for hour in (*range(19, 24), *range(7))), "tot", "until")),
    # a shift that starts before six: "vanaf 05:00", "vertrekt om 5u", "start at 05:45"
    _rule(r"\b(?:(?:start\w*|begin\w*|vertrek\w*)[^.\d]{0,40}?\b(?:om|at|rond|around) |vanaf )"
          r"(?P<start>\d{1,2})"
          r"(?:[:.]\d\d|u\b|\s*uur\b)(?!\s*(?:per|p/|/|in de w))", 0.6,
          ("VI.1.2", lambda m: 1 if int(m.group("start")) < 6 else None),
          hints=("start", "begin", "vertrek", "vanaf")),
    _rule(r"\b(?:(?P<window>van|tussen|from|between)\s+)?(?P<start>\d{1,2})"
          r"(?:[:.u](?P<start_min>\d\d)|(?P<start_u>u))?"
          rf"\s*(?P<sep>-|–|tot|en|to|and)\s*{_ABOUT}(?P<end>\d{{1,2}})"
          r"(?:[:.u](?P<end_min>\d\d)|(?P<end_u>u)\b|(?P<end_uur>\s*uur)\b)", 0.6,
          ("VI.2", _shift_hours), hints=tuple(str(hour) for hour in range(25))),
    _rule(rf"\b{_N}\s*(?:uur|u)\s*(?:per dag|p/d|per dienst)", 0.8, ("VI.2", _group),
          hints=("dag", "dienst", "uur", "u")),  # not "p/d": "p" would start half the words
    _rule(r"\b(?:werkdagen|dagen|diensten|dagdiensten|avonddiensten|nachtdiensten|weekenddiensten"
          r"|ploegendiensten|shiften|shifts"
          r"|prestaties|rijtijden|(?:dienst|shift)(?= duurt))"
          # "shiften tot 10 uur" is a length, "late diensten tot 1u" or "tot 22 uur" an end
          r"\s+(?:van|are|of|(?:duren|duurt)(?: gemiddeld| meestal| ongeveer)?"
          r"|tot(?=\s+(?:[4-9]|1[0-2])\s*uur\b(?!\s+'s)))\s+"
          r"(?:max(?:imaal)?\.?\s+)?(?P<n>\d{1,2}(?:[.,]\d)?)"
          r"(?:\s+of\s+(?P<high>\d{1,2}))?"
          r"\s*(?:uur|u|hours?)\b", 0.8, ("VI.2", _group)),
    _rule(rf"\b{_N}[- ]?(?:hour|uurs)\s*(?:shifts?|diensten)", 0.8, ("VI.2", _group),
          hints=tuple(str(hour) for hour in range(25))),
    _rule(rf"\blast {_N} hours", 0.8, ("VI.2", _group)),
    _rule(r"\b(?P<n>\d{1,2})(?:\s*(?:-|to)\s*(?P<high>\d{1,2}))?[- ]?hours?"
          r"(?: per week| a week|/week|[- ]work ?week)", 0.8, ("VI.3", _group),
          hints=("hour", "hours")),
    # "30u24/week" is 30 hours 24 minutes, Belgian notation
    _rule(rf"\b{_N}\s*(?:uur|u(?:\d\d)?)\s*(?:per week|p/w|p\.w\.|/week|in de week)", 0.8,
          ("VI.3", _group), hints=("week", "uur", "u")),
    _rule(rf"\b{_N}\s*uur\b(?!\s*(?:per|p/|/|'s|in de|op))", 0.5, ("VI.3", _weekly),
          hints=("uur",)),
    _rule(rf"\({_N}\s*u\)", 0.5, ("VI.3", _weekly),  # "contract (38u)"
          hints=tuple(str(hours) for hours in range(12, 49))),
    # the week named as such: "werkweek van 38 uur", "een voltijdse job van 38u", "Voltijds
    # 38u", "40-urenweek", "36 uur / 1,0 fte"
    _rule(rf"\b(?:(?:werkweek|urenweek|dienstverband|arbeidsduur|aanstelling|tewerkstelling"
          rf"|arbeidsovereenkomst|contract|baan|job|functie|betrekking) (?:van|voor)"
          rf"|(?:voltijd|deeltijd)s?e?|fulltime|parttime) (?:gemiddeld |max(?:imaal)?\.? "
          # "een vaste job van 7u tot 16u" gives the day's times
          rf"|minimaal |minstens )?{_N}\s*(?:uur|u|uren)\b(?!\s*(?:-|–|tot)\s*\d)", 0.8,
          ("VI.3", _group)),
    _rule(rf"\b{_N}(?:[- ]?(?:uren|urige)[- ]?(?:werk)?week|\s*uur\s*/\s*\d(?:[.,]\d+)?\s*fte)",
          0.8, ("VI.3", _group), hints=("uren", "urige", "uur")),
    # II Sociaal functioneren
    _rule(r"\b(?:klantcontact|klantenservice|klanten te woord|balie\w*|callcenter\w*"
          rf"|receptie\w*|front ?office|verkoopmedewerker|{_TILL}"
          r"|gast(?:en)?\b|reizigers|neem\w* (?:de )?bestellingen (?:\w+ ){0,3}?op\b"
          r"|bestellingen opnemen"
          r"|klanten (?:vragen|spreken|bellen) (?:je|jou|u)\b"
          r"|bezoekers|supporters|toeristen|aan huis|aan de deur|ouders\b|kopers\b|huurders\b"
          # "passagiers en vracht" is a pilot's load, not the people he meets
          r"|passagiers\b(?!-|,? (?:en |of )?(?:post|vracht|goederen))"
          r"|(?:bellen|mailen) (?:je|jou|u) (?:op )?met\b"
          rf"|gebruikers\b{_NOT_PRODUCT}|eindgebruikers\b{_NOT_PRODUCT}"
          # not a manager who "spreekt je mensen aan", his own staff
          r"|publiek\b|debiteuren|burgers|spreekt (?!je |jouw )(?:\w+ )?mensen aan"
          r"|customers|guests|customer (?:service|emails?|calls?|contact)|users\b|regulars\b"
          rf"|travellers\b|at the counter|take orders|{_BARISTA}\w*|barmedewerker\w*"
          rf"|{_HAIRDRESSING}|klantenkring\w*|inloopklant\w*|schoonheidsspecialist\w*"
          r"|schoonheidsinstitu\w*|schoonheidssalon\w*|nagelstylist\w*|nagelstudio\w*"
          r"|pedicure\w*|barbier\w*|barbershop\w*)", 0.7,
          # people met now and then are no regular contact: "heel af en toe neem je de balie
          # over", "soms ontvang je de bezoekers"; a "bakker-gast" is the Flemish baker's mate
          ("II.12.1", 1), unless=rf"{_COMPANY_VOICE}|{_HEADCOUNT}|{_OTHER_DESK}"
                                 r"|\b(?:af en toe|soms|zelden)\s+(?:\w+\s+){0,3}de\s+$"
                                 r"|\w-$"),
    # who takes the money meets the customer: "achter de toonbank schep je ijs en reken je af",
    # "je rekent af aan het eerste loket"
    _rule(r"\b(?:rekent (?:\w+ )?af|reken je (?:\w+ )?af|afrekenen|achter de toonbank)\b", 0.6,
          ("II.12.1", 1), hints=("rekent", "reken", "afrekenen", "toonbank")),
    # a sales rep's trade is meeting customers; "onze vertegenwoordiger" is a colleague and the
    # "vertegenwoordiger van de organisatie" speaks for it. Below the task phrases, which make
    # better evidence than the title.
    _rule(r"\b(?:vertegenwoordiger|accountmanager|account manager)\b(?! van)", 0.5,
          ("II.12.1", 1),
          unless=_SOMEONE_ELSE),
    # a shop meets customers, but not the evening or night shelf filler ("je vult 's avonds de
    # schappen in de hele winkel", "loopt de hele nacht door de winkel", "rijdt de rolcontainers
    # de winkel in"), the bread that "om 6u30 in de winkel moet liggen", the window cleaner who
    # washes "de ramen van winkels", the picker who stacks "paletten voor de winkels", nor the
    # chain's "45 winkels", their "winkelbevoorrading", "als de winkel dicht is" or the bread
    # that "in de winkels ligt"
    _rule(r"\bwinkel(?!centr|straat|gebied|bevoorrad|actie|keten)\w*\b"
          r"(?! (?:dicht|gesloten) is| (?:moeten |moet )?(?:liggen|ligt|belandt|belanden"
          r"|terecht\w*)\b)",
          0.7, ("II.12.1", 1),
          unless=rf"{_COMPANY_VOICE}|\b\d+\s+$|{_GOODS_FOR}|{_FILLS}[^.]{{0,30}}$|{_OTHER_DESK}"
                 r"|\b(?:ramen|ruiten)\b[^.]{0,40}$|\bnacht\b[^.]{0,20}$"
                 # goods wheeled in: "je rijdt de rolcontainers vanuit het magazijn de winkel in"
                 r"|\b(?:rolcontainers?|karren|containers)\b[^.]{0,40}$"),
    _rule(r"\bparticulieren\b", 0.7, ("II.12.1", 1), unless=rf"{_COMPANY_VOICE}|{_MARKET}"),
    # a painter or technician "werkt vaak bij mensen thuis"; a carer visits clients there
    _rule(r"\bbij (?:de )?mensen thuis\b", 0.7, ("II.12.1", 1),
          unless=r"\b(?:verzorg\w*|zorg\w*|cliënt\w*|client\w*|begeleid\w*)\b[^.]{0,60}$"),
    # a bare "klant" is often the company's market ("internationale klanten"): count it where
    # the work itself meets customers. "Onze klant" is a recruiter's client company,
    # "interne klanten" are colleagues.
    # "klanten in heel Europa" or "in meer dan 60 landen" is the company's market
    _rule(r"\bklanten\b(?! (?:in|over|uit) (?:heel |de hele |meer dan |ruim |\d+ )*(?:europa"
          r"|nederland|belgi[eë]|vlaanderen|de benelux|de wereld|landen)\b)"
          # "een persoonlijke band met onze klanten: daar staan we voor" is the company's creed
          r"(?![^.]{0,5}\bdaar staan (?:we|wij) voor)", 0.6, ("II.12.1", 1),
          after=_MEETS,
          # "de bestellingen van onze klanten", "hun klanten": the company's customers; a
          # marketer makes "campagnes die nieuwe klanten binnenhalen" without meeting them
          unless=rf"\binterne?\s+$|\b(?:van onze|hun)\s+(?:\w+\s+)?$|{_COMPANY_VOICE}"
                 r"|\b(?:campagne|actie|advertentie|content|post)s?\s+die\s+(?:\w+\s+)?$"
                 rf"|{_HEADCOUNT}"),
    # nor a visit now and then: "af en toe ga je mee naar een klant voor de indienststelling"
    _rule(r"\bklant\b", 0.6, ("II.12.1", 1), after=_MEETS,
          unless=rf"\b(?:onze|interne?)\s+$|{_COMPANY_VOICE}"
          r"|\baf en toe\s+(?:[\w']+\s+){0,5}(?:naar|bij)\s+(?:een\s+|de\s+)?$"
          r"|\b(?:contract|dienstverband|in dienst|interimperiode|levering|werk|job)\s+bij"
          r"\s+(?:de\s+)?$"),
    # the client of a project ("aanspreekpunt voor de opdrachtgever"), not the agency's client
    _rule(r"\bopdrachtgevers?\b", 0.6, ("II.12.1", 1),
          after=r"\b(?:aanspreekpunt voor|contact met|overleg met|overlegt met|schakelt met"
                r"|onderhandelt met)\s+(?:[\w'’-]+,?\s+){0,3}?$"),
    # the people a job answers to outside a shop: a carer's families, a site manager's client,
    # the plumber explaining his repair, the teacher's parents' evenings, the undertaker
    # receiving the bereaved
    _rule(r"\baanspreekpunt (?:voor|van) (?:de |het |alle )?(?:familie\w*|bewoners?|bouwhe\w+"
          r"|omwonenden|leden|ouders|huurders|patiënten|cliënten|nabestaanden|cafébaas"
          r"|eigenaars?|eigenaren)\b"
          r"|\b(?:legt|leg je) (?:aan )?de (?:bewoners?|bouwheer|eigenaars?|eigenaren) uit\b"
          r"|\boudergesprek\w*|\bontvang\w* (?:\w+ ){0,2}?(?:families|baasjes|nabestaanden)\b",
          0.6, ("II.12.1", 1)),
    # a sales rep visits the trade, a driver delivers to the shops and bars he stops at (not
    # the company that "levert aan supermarkten")
    _rule(r"\b(?:bezoekt|bezoek je|bezoeken) (?:\w+ ){0,2}?(?:aannemers|installateurs|dealers"
          r"|prospects|winkels|horecazaken|apotheken|huisartsen|restaurants|boeren|agrariërs)\b"
          r"|\b(?:levert|lever je|bezorgt|bezorg je|bevoorraadt|bevoorraad je)"
          r" (?:\w+ ){0,3}?(?:aan|bij) (?:\w+ )?(?:cafés|restaurants|winkels|horecazaken"
          r"|supermarkten|bakkerijen|apotheken|kantoren|particulieren)\b", 0.6,
          ("II.12.1", 1),
          # "een producent die dagelijks tonnen product levert aan supermarkten"
          unless=rf"\b(?:bedrijf|wij|we|dat|die)\s+(?:\w+\s+){{0,3}}$|{_COMPANY_VOICE}"),
    _rule(r"\bklant(?:en)?\s+(?:\w+\s+){0,2}?(?:te woord|helpen|adviseren|ontvangen|bedienen"
          r"|bezoeken|informeren|verder)\b", 0.6, ("II.12.1", 1), hints=("klant", "klanten")),
    _rule(r"\b(?:agressie\w*|agressief|lastige klanten|boze klanten"
          r"|conflict(?:en|situaties?)?|arbeidsconflict\w*|burenconflict\w*|"
          r"moeilijke gesprekken|overlast|handhav\w*|toezichthoud\w*|boa|boze\b|boos\b"
          r"|houdt toezicht(?! op)|houden toezicht(?! op)|houd je toezicht(?! op)"
          r"|lastig\w* (?:gedrag|gesprek\w*|gasten|situaties)|escalatie\w*(?! (?:naar|to)\b)"
          # an operator "grijpt in bij storingen", a helpdesk passes "escalaties naar 2nd line"
          r"|ontevreden|vechtpartij\w*|grijp\w* in\b(?! (?:bij (?:een )?storing|waar nodig))"
          r"|ingrijpen|onrust\w*|beveiliger\w*|beveiligingsbeambte\w*"
          r"|bewakingsagent\w*|toegangscontrole|portier\w*|handhaver\w*"
          r"|dronken (?:gast|klant|bezoeker|mensen)\w*|luidruchtige (?:gast|klant|bezoeker)\w*"
          r"|tot de orde roep\w*|uitschelden|schelden|scheldt|scheldpartij\w*)\b", 0.7,
          ("II.8", 2)),
    # the people a care, teaching or childcare job serves; right after "collega's" they are a
    # list of whom the workplace holds ("collega's, bewoners en familie")
    _rule(r"\b(?:zorgverlen\w*|zorgmedewerker|zorgassistent|zorgkundige|patiënten\b|patiënt\b"
          r"|patienten\b|cliënt\w*|clienten\b|bewoners\b|verpleeg\w*|verzorgende\w*"
          r"|persoonlijke verzorging|verzorgt (?:cliënten|bewoners|patiënten|ouderen)"
          # "studenten en flexi-jobbers welkom" invites applicants
          r"|leerlingen|kleuters|studenten\b(?! (?:en [\w-]+ )?(?:zijn )?welkom)|kinderen"
          # the caseload of youth care, shelters and debt counselling: "de jongeren van 12 tot
          # 18 jaar in de leefgroep", "mensen in een acute crisis", "inwoners met problematische
          # schulden"; not "jongeren vanaf 16 jaar zijn welkom", an invitation to apply, nor a
          # company "in crisis"
          r"|jongeren\b(?![^.]{0,30}\b(?:welkom|solliciteren|reageren|bijverdienen|bijbaan"
          r"|vakantiejob))|jeugdigen"
          r"|leefgroep\w*|daklozen|thuislozen|verstandelijke? beperking\w*|verslaving\w*"
          r"|psychische (?:problemen|klachten|problematiek|kwetsbaarheid)|multiproblematiek"
          r"|problematische schulden|schuldhulp\w*|acute crisis|crisisopvang\w*)\b",
          0.6,
          ("II.12.2", 1), ("II.6", _emotions_unless_carried),
          # a painter "maakt een praatje met de bewoners" of the house he works in
          unless=r"\b(?:collega'?s|medewerkers)\b[^.]{0,30}$"
                 r"|\b(?:praatje met|gebouwbeheerders en|gezicht van \w+ \w+ voor)\s+(?:de\s+)?$"),
    # "klanten met schulden", "mensen die in de schulden zitten": a rule of its own, since the
    # people rule would otherwise be looked up by every "met" and "in de"
    _rule(r"\bschulden\b", 0.6, ("II.12.2", 1), ("II.6", 4), after=r"\b(?:met|in de)\s+$"),
    # people in distress the job has to deal with, outside care as well: claims, debt, registry
    _rule(r"\b(?:emotionele (?:klanten|mensen|gesprekken|situaties|steun|ouders)"
          r"|emotioneel (?:zwaar|zijn|reageren|geladen)|of emotioneel|emotionele of"
          r"|verdriet\w*|overstuur|in tranen|wanhopig\w*|angstig\w*|rouwend\w*"
          r"|in (?:financiële )?(?:nood|problemen) (?:zit|zitten)|niet meer zien zitten"
          r"|net iemand (?:heeft )?verloren)\b", 0.6, ("II.6", 4),
          hints=("emotionele", "emotioneel", "verdriet", "overstuur", "tranen", "wanhopig",
                 "angstig", "rouwend", "nood", "problemen", "zitten", "verloren")),
    _rule(r"\b(?:leidinggevende (?:functie|taken|rol|ervaring)|leiding geven|leidinggeven"
          # "je stuurt een ploeg van 4 tot 12 monteurs en onderaannemers aan", "je stuurt de
          # werkvoorbereider, de monteurs in het veld en de onderaannemers aan", not "stuur je
          # cv en motivatie aan personeelszaken", "stuurt niet zelf de medewerkers aan", "je
          # stuurt geen medewerkers aan", "stuurt zelf niemand aan", "stuur je mee het
          # walsproces aan" nor "stuurt de offerte aan de klant"
          r"|(?:stuurt|stuur je|stuur jij) (?!(?:\w+ ){0,3}(?:cv|sollicitatie|motivatie|brief)\b)"
          r"(?!(?:zelf )?(?:niet|geen|niemand)\b|mee\b)"
          r"(?:[\w'’()-]+,? ){1,14}?aan(?! (?:de|het|een|alle|onze|je|jouw)\b)"
          r"|(?:leidt|leid je) (?:de|het|een|onze|jouw|je) (?:\w+ )?(?:team|ploeg|keuken|brigade"
          r"|afdeling)\w*|geeft leiding|geef je leiding)\b", 0.7, ("II.12.5", 1)),
    # "een ploeg van 2 man aansturen", "ervaring met het aansturen van mensen"; not the software
    # with which customers "hun vloot, planning en chauffeurs aansturen"; looked up by
    # "aansturen" alone, since "team" and "mensen" are everywhere
    _rule(r"\b(?:(?:team|ploeg|groep|brigade|mensen|medewerkers|vrijwilligers)\w* "
          r"(?:[\w'’-]+ ){0,3}aansturen|aansturen van (?:[\w'’-]+ ){0,3}?(?:teams?|ploeg\w*"
          r"|groep\w*|mensen|medewerkers|personeel|vrijwilligers|collega'?s))\b", 0.7,
          ("II.12.5", 1), hints=("aansturen",)),
    _rule(r"\b(?:leidinggevende|teamleider|teamleid\w*|teamleader\w*|ploegleider|ploegbaas"
          r"|ploegbazen|meewerkend voorman|chef|(?<!office )manager)\b"
          r"(?! die (?:je|jou)\b)",
          0.7, ("II.12.5", 1), unless=rf"{_SOMEONE_ELSE}|{_CONTACT_PERSON}|{_CAREER_STEP}",
          hints=("leidinggevende", "teamleider", "teamleid", "teamleader", "ploegleider",
                 "ploegbaas", "ploegbazen", "meewerkend", "chef", "manager")),
    # the tasks of a manager of staff: their appraisals, their rosters, a headcount to answer for,
    # "onderaannemers, die jij op de bouwplaats aanstuurt" (not "een medewerker die je coacht",
    # who coaches you); not one's own "jaargesprek"
    _rule(r"\b(?:(?:functionerings|beoordelings|verzuim)gesprek\w*"
          r"|verantwoordelijk voor (?:een (?:team|ploeg) van )?(?:ruim |circa |zo'n )?\d+ "
          r"(?:[\w'’-]+ )?(?:medewerkers|werknemers|collega's|mensen|operators|operatoren"
          r"|monteurs|chauffeurs|koks|verkopers|schoonmakers)\b"
          r"|aanspreekpunt (?:van|voor) (?:je|jouw) (?:team|teamleden|medewerkers|ploeg)\b"
          r"|(?:bezetting|roosters|personeelsplanning) van (?:je|jouw) (?:team|afdeling|ploeg"
          r"|medewerkers)\b"
          r"|die jij (?:\w+ ){0,4}?(?:aanstuurt|coacht|leidt)\b)", 0.7, ("II.12.5", 1),
          # an HR adviser "ondersteunt bij functioneringsgesprekken"; not who "begeleidt je team
          # en voert de functioneringsgesprekken"
          unless=r"\b(?:ondersteun\w*|advis\w*|helpt|help je|begeleid\w*)\b[^.]{0,30}"
                 r"\b(?:bij|over|rond|tijdens)\s+(?:de\s+|het\s+)?$",
          hints=("functioneringsgesprek", "beoordelingsgesprek", "verzuimgesprek",
                 "verantwoordelijk", "aanspreekpunt", "bezetting", "roosters",
                 "personeelsplanning", "aanstuurt", "coacht", "leidt")),
    _rule(r"\b(?:rijbewijs ?(?:b|be|c|ce|c1|c1e|d)\b|b-rijbewijs|be-rijbewijs|c-rijbewijs"
          r"|ce-rijbewijs|c1-rijbewijs|d-rijbewijs|bestelbus|touringcar\w*"
          # "gratis bedrijfsbus vanaf Kortrijk" takes you to work
          r"|lesauto\w*|heftruck\w*|reachtruck\w*|rijdend|bedrijfsbus(?! (?:vanaf|van en naar))"
          r"|bus van de zaak"
          r"|met je leaseauto|met jouw leaseauto|met de leaseauto"
          # "je rijdt de rolcontainers de winkel in" pushes a trolley, and so does "je rijdt
          # stapels papier aan met de handpompwagen" or "de rolcontainers met de handpallettruck"
          # "je rijdt mee met de voorman" is a passenger
          r"|(?:je rijdt(?! mee\b)(?! (?:de |een )?(?:rolcontainer|kar|pallet|winkelkar)\w*)"
          r"|rijdt (?!mee\b)(?:\w+ ){0,2}(?:met|in|naar|door)|rijden met"
          r"|rijd (?:je|jij) (?!mee\b)(?:\w+ ){0,2}(?:met|in|naar|door))"
          r"(?![^.]{0,40}\b(?:hand)?(?:pompwagen|steekwagen|steekkar|rolcontainer|kruiwagen)"
          r"|[^.]{0,40}\bhandpallet)"
          r"|servicebus|werkbus|onderweg in je auto|proefrit\w*"
          r"|rijbewijs (?:is )?(?:nodig|vereist|verplicht))"
          # "een bedrijfsbus voor de ploeg (je rijdt mee met de voorman)": a passenger
          r"(?![^.;:!?\n]{0,30}\b(?:je|jij|u) rij(?:dt|d)? mee\b)", 0.8, ("II.11", 1),
          # "onze software rijdt mee in 3.000 trucks"
          # "vervoer mogelijk via de bedrijfsbus" takes you to work
          unless=r"\b(?:software|systeem|app|platform|product\w*|oplossing\w*)\b[^.]{0,30}$"
                 r"|\bvervoer (?:\w+ ){0,2}(?:via|met|per) (?:de )?$"
                 # "volle pallets worden door een collega met de heftruck weggereden", "volle
                 # dozen worden door de heftruckchauffeur afgevoerd"
                 r"|\bdoor (?:een |onze |de )?(?:\w+ )?collega'?s? (?:met|op|in) (?:de |een )?$"
                 # "kisten met vis worden met de heftruck aangevoerd"
                 r"|\b(?:wordt|worden) (?:\w+ ){0,2}met de $"
                 rf"|\b{_DONE_BY}\s+$"),
    # the field worker's "je bent veel onderweg" (in the evaluation ads always by car), looked up
    # by its rarer second word
    _rule(r"\bveel onderweg\b"
          r"(?! (?:\w+ ){0,2}(?:(?:op|met) (?:de|een|je|jouw) (?:\w*fiets|scooter)|te voet)\b)",
          0.6,
          ("II.11", 1), hints=("onderweg",)),
    # a company car that comes with the job is driven for work, one on offer is not: "mogelijkheid
    # tot een bedrijfswagen", "leaseauto of NS Business Card", "een leaseauto is bespreekbaar"
    _rule(r"\b(?:bedrijfswagen|bedrijfsauto|firmawagen|leaseauto|lease-auto|auto van de zaak)\b"
          r"(?!\)? ?(?:is |zijn )?(?:mogelijk|bespreekbaar|optioneel|mits)"
          r"|(?: naar keuze)? ?\(?(?:of|or|/) ?(?:een )?(?:mobiliteitsbudget|ns\b|ov\b|ov-))",
          0.7, ("II.11", 1),
          hints=("bedrijfswagen", "bedrijfsauto", "firmawagen", "leaseauto", "lease-auto", "auto"),
          unless=r"\b(?:mogelijk\w*|keuze|mobiliteitsbudget|omzetten|eventueel|optioneel|of een)"
                 r"\b[^.;•\n]{0,40}$"),
    _rule(r"\b(?:chauffeur\w*|buschauffeur\w*|taxichauffeur\w*|ambulancechauffeur\w*"
          r"|vrachtwagenchauffeur\w*|rijinstructeur\w*)", 0.8, ("II.11", 1), ("V.2", 8),
          # drivers listed among the people the job serves: "je registreert bezoekers, chauffeurs
          # en contractors"; not who "helpt bij verhuizingen als chauffeur"; a number of drivers
          # is never the reader: "je plant de ritten van ca. 35 chauffeurs"
          unless=rf"{_SOMEONE_ELSE}|\b\d+\s+$|\b(?:helpt|help je|registreert|registreer je|ontvangt"
                 r"|ontvang je|verwelkomt|informeert)\b[^.;•\n]{0,40}(?:,|\ben)\s+$"),
    # I Persoonlijk functioneren
    _rule(r"\b(?:hoge werkdruk|werkdruk|tijdsdruk|deadline\w*|piekmomenten|productiepieken"
          r"|drukke periodes?|maandafsluiting\w*"
          r"|drukke (?:momenten|keuken|tijden)|spits\b|ochtendspits|avondspits"
          r"|lunchspits|rush\b|hoogseizoen|piekseizoen|drukke seizoen|piekdrukte|gekkenhuis"
          r"|op tijd de deur uit|twee keer zoveel|alle hens aan dek|loopt (?:het )?storm"
          r"|drukke \w*(?:weken|services?|diensten|shifts?)\b|op volle toeren|doorbijten"
          r"|(?:ochtend|middag|avond|lunch|diner|zomer|weekend)piek\w*|piek\b|drukste?\b|topweken"
          r"|rij tot buiten|rij tot (?:op|aan) de|pieken|piekperiode\w*|piekmaand\w*|piekweken"
          r"|strakk?e? (?:gepland|tijdvensters?)|onder hoge druk"
          r"|decembermaand|december(?:drukte|piek)|kerstpiek|extra uren|strakke planning"
          r"|targets?\b"
          r"|omzettargets?"
          r"|kpi'?s|peak season|busy (?:periods?|season)|under pressure|alles tegelijk"
          r"|kwartaalafsluiting\w*|jaarafsluiting\w*|topdrukte|vaste releasedat\w*"
          r"|vlak voor (?:een|de|elke) release|before (?:each|every) (?:\w+ )?release"
          # "in het piekseizoen is het flink aanpoten": a busy spell more than a fast pace
          r"|stressbestendig\w*|aanpoten"
          # peaks named in other words: "onze piekavonden", "in die piek", "de weekendspits",
          # "een drukke zaterdag", overtime worked in busy spells (not "piekfijn", not an overtime
          # allowance among the perks)
          r"|piekavond\w*|piekdag\w*|piekuren|weekendspits|zaterdagspits"
          r"|(?:draaien|draai|maken|maak|presteren|presteer|doen) (?:we |je |jij )?overuren"
          r"|overuren (?:te )?(?:maken|presteren|draaien)|met overuren"
          r"|(?:regelmatig|volop|veel) overwerk"
          # a rush or a queue: "op zaterdag is het spitsuur", "tijdens de coup de feu", "klanten
          # staan drie rijen dik", "lange wachtrijen", "dan zet je een tandje bij"; deadlines by
          # other names: "het tijdpad ligt strak", "strakke opleverdata"
          r"|spitsu(?:ur|ren)|coup de feu|overvol\w*|rijen dik|wachtrij\w*|tandje bij\w*"
          r"|drukke (?:\w+[- ]en )?\w*(?:avond|nacht|middag|ochtend|dag)(?:en)?\b"
          r"|tijdpad (?:\w+ ){0,3}strak|strakk?e? (?:tijdpad|opleverdata|levertijden|tijdschema"
          r"|leverdata))", 0.7, ("I.8.4", 1)),
    # compounds spelled out, so that each is looked up by itself and not by "avond" or "project",
    # which start far more words: "de ochtendrush", "de zomerdrukte", "strakke releasedeadlines"
    _rule(r"\b(?:ochtendrush|middagrush|avondrush|lunchrush|dinerrush|kerstrush|weekendrush"
          r"|zaterdagrush|zomerrush|zomerdrukte|kerstdrukte|eindejaarsdrukte|feestdrukte"
          r"|zaterdagdrukte|weekenddrukte|ochtenddrukte|middagdrukte|avonddrukte|lunchdrukte"
          r"|seizoensdrukte|releasedeadline|sprintdeadline|tenderdeadline|leverdeadline|opleverdeadline"
          r"|opleveringsdeadline|afsluitdeadline|afsluitingsdeadline|projectdeadline"
          r"|aanleverdeadline|inleverdeadline)\w*", 0.7, ("I.8.4", 1)),
    # a full house, piling orders, short lead times: small patterns apart from the long one above,
    # since "loopt", "gaat" and "korte" start many words: "de werkplaats stroomt vol", "zitten we
    # vaak vol", "het gaat er stevig aan toe", "als de bonnen zich opstapelen", "korte levertijden"
    _rule(r"\b(?:(?:stroomt|loopt) (?:\w+ ){0,2}vol"
          r"|(?:zitten|zit) (?:we|het terras|de zaak|het restaurant) (?:\w+ )?vol"
          r"|(?:gaat|ging) het er (?:\w+ )?stevig aan toe|(?:bonnen|bestellingen|orders) (?:zich )?"
          r"opstapel\w*|lange rijen|korte (?:lever|doorloop)tijden)\b", 0.7, ("I.8.4", 1)),
    # the words before these are everywhere ("is", "de", "we"), so they are looked up by the
    # last: "de druk ligt extra hoog", "als de druk toeneemt", "er staat flink wat druk op", "als
    # we vol zitten", "het terras vol zit"
    _rule(r"\bdruk (?:(?:ligt |is )?(?:\w+ )?hoog|toeneemt|oploopt|stijgt)\b", 0.7, ("I.8.4", 1),
          after=r"\bde\s+$"),
    _rule(r"\bdruk op\b", 0.7, ("I.8.4", 1), after=r"\b(?:staat er|er staat)\s+(?:\w+\s+){0,3}$"),
    _rule(r"\bvol zit(?:ten)?\b", 0.7, ("I.8.4", 1), hints=("zit",),
          after=r"\b(?:we|terras|zaak|restaurant)\s+(?:\w+\s+){0,3}$"),
    # "bij drukte spring je bij", not a hiring reason ("vanwege de drukte zoeken wij") or a
    # shelter from it ("weg van de drukte"); "hectisch" unless denied
    _rule(r"\bdrukte\b", 0.7, ("I.8.4", 1),
          unless=r"\b(?:vanwege|wegens|weg van|ver van|ontsnappen aan|buiten)\s+(?:de\s+)?$"),
    _rule(r"\bhectisch\w*", 0.7, ("I.8.4", 1), unless=r"\b(?:niet|nooit|geen)\s+(?:\w+\s+)?$"),
    # working under pressure, not "gas onder druk" or a market that "staat onder druk"
    _rule(r"\bonder druk\b(?! (?:te )?zetten)", 0.7, ("I.8.4", 1),
          unless=r"\b(?:lucht|gas|gassen|water|stoom|vloeistof\w*|olie|leidingen|vaten|staat"
                 r"|staan|komt|komen|kwam)\s+$"),
    # looked up by their rarer last word: "moet" and "planning" are everywhere
    _rule(r"\bplanning (?:\w+ ){0,3}is strak|\bmoet (?:alles )?op tijd klaar\w*"
          r"|\bmust be ready before", 0.7, ("I.8.4", 1), hints=("strak", "klaar", "ready")),
    _rule(r"\bdruk\b", 0.7, ("I.8.4", 1),
          # "als het druk is", "het werk kent de nodige druk"
          after=r"\b(?:(?:is|wordt|kan|blijft) het(?: er)?|het is|(?:als|wanneer|zodra) het)"
                r"\s+(?:\w+\s+){0,3}$|\bde nodige\s+$"),
    # not "je schakelt snel" or "snel schakelen", a quick mind more often than a quick pace
    _rule(r"\b(?:(?:hoog|hoge) (?:werk|bel)?tempo|snel (?:kunnen )?werken|tempo hoog|"
          r"productienorm\w*|op tempo|vast tempo|werkt snel|met spoed"
          r"|bandtempo|lijntempo|tempo van de (?:lijn|band|machines?)|het tempo ligt (?:hoog|vast)"
          r"|snel,? repeterend|volle snelheid|fast-paced|high pace|pickscore|picknorm\w*"
          r"|lopende band|vaste snelheid|vast ritme|bepaalt het tempo|het tempo bepaalt"
          r"|cyclustijd\w*|houdt het tempo|goed tempo|norm per \w+|vlot gaan|queue moving"
          r"|(?:vlot|snel) (?:kunnen )?doorwerken|norm per (?:uur|ploeg|dienst)|the pace is high"
          r"|fast pace"
          r"|work(?:ing)? fast|flink tempo|stevig tempo|hourly pick targets|pick targets"
          r"|afhandeltijd\w*|(?:prestatie|productiviteits?|snelheids)norm\w*"
          r"|(?:snel|razend|razendsnel|strak|moordend|straf|pittig|hels|vlot|vlug|rap)e?"
          r" (?:werk)?tempo|streefnorm\w*|handen vliegen|vliegen je handen"
          r"|tempo (?:kunnen |te )?maken|(?:snelheid|tempo) van de (?:\w*lijn|band|machines?)"
          r"|takttijd\w*|houd (?:je|jij) het tempo|het tempo erin"
          # "een tempo dat door de band bepaald wordt"
          r"|door de (?:band|lijn|machines?) (?:wordt )?bepaald"
          # "bestellingen moeten binnen 3 minuten de deur uit"
          r"|binnen (?:\d+|een paar|enkele) minuten (?:de deur uit|klaar|bereid|geleverd)"
          r"|elke seconde telt|telt elke seconde|snel (?:achter|na) elkaar"
          r"|snel en (?:netjes|nauwkeurig|accuraat|efficiënt|efficient)"
          r"|tempo is (?:belangrijk|hoog)"
          r"|norm van [\w']+ per (?:uur|dienst|dag)"
          r"|norm van (?:ongeveer |zo'n |circa |ca\.? |gemiddeld )?\d+)\b", 0.7, ("I.8.5", 1),
          # "we groeien in een hoog tempo" is the company's growth
          unless=r"\b(?:groei\w*|groeit)\s+(?:\w+\s+){0,2}$"),
    # "tijdens de service moet het snel gaan" (Flemish: "rap"), "je werkt netjes en snel": apart
    # from the rule above, which the common "moet" and "nauwkeurig" would otherwise look up in
    # every ad
    _rule(r"\b(?:moet (?:het|alles) (?:vlot en )?(?:snel|rap|vlug)"
          r"|(?:netjes|nauwkeurig|accuraat) en snel)\b",
          0.7, ("I.8.5", 1)),
    # "het moet rap gaan", looked up by its adverb since "het" and "moet" open half the sentences
    _rule(r"\bhet moet (?:er )?(?:snel|rap|vlug) gaan\b", 0.7, ("I.8.5", 1),
          hints=("snel", "rap", "vlug")),
    # a pick rate the worker has to make, not the analyst's "je analyseert pickrates" or the
    # manager's "je volgt de KPI's op (pick rate, accuracy)"
    _rule(r"\bpick ?rates?\b", 0.7, ("I.8.5", 1),
          unless=r"\b(?:analyse\w*|kpi'?s?)\b[^.]{0,25}$"),
    _rule(r"\b(?:gaat|gaan) (?:het |de dingen )?(?:er )?(?:soms |vaak |flink |heel )?snel"
          r" (?:aan toe|toe|als|wanneer|tijdens)\b", 0.6,
          ("I.8.5", 1), hints=("snel",)),
    # a quota sets the pace: "je levert 120 tot 150 pakketten per dag af", "80 picks per uur"
    _rule(r"\b\d{2,} (?:(?:tot|à|a|-) \d+ )?(?:pakketten|pakjes|adressen|stops|zendingen|colli"
          r"|picks|orderregels|retouren|orders|dozen)"
          r" (?:per|op een|in een) (?:dag|dienst|rit|route|shift|uur)\b"
          # "je scant honderden artikelen per uur"
          r"|\b(?:honderden|duizenden|\d{2,}) (?:stuks|artikelen|kledingstukken|producten)"
          r" per uur\b",
          0.6, ("I.8.5", 1),
          hints=("pakketten", "pakjes", "adressen", "stops", "zendingen", "colli", "picks",
                 "orderregels", "retouren", "orders", "dozen", "stuks", "artikelen",
                 "kledingstukken", "producten")),
    # a quota of rooms per shift sets the pace of hotel cleaning
    # and a time per room the pace of office cleaning: "per ruimte staat hoeveel minuten je er
    # voor hebt", "een tijdnorm per toilet"
    _rule(r"\b\d+ (?:guest )?rooms per (?:shift|day)|\b\d+ (?:hotel)?kamers per (?:dienst|dag)"
          r"|\btijdnorm\w*|\bhoeveel minuten je|\bminuten per (?:kamer|ruimte|toilet|woning)\b",
          0.7, ("I.8.5", 1), hints=("rooms", "kamers", "hotelkamers", "tijdnorm", "hoeveel",
                                    "minuten")),
    # English ads for warehouse, cleaning and hospitality work
    _rule(r"\b(?:walk\w* (?:a lot|all day|the aisles)|from room to room|on foot all day"
          r"|vacuum\w*|clean\w* (?:around )?\d+ (?:guest )?rooms)", 0.6,
          ("IV.17", 8)),
    _rule(r"\b(?:kneeling|crouching|squatting)\b", 0.6, ("IV.20", 10)),
    _rule(r"\b(?:heavy lifting|lift\w* (?:boxes|heavy|parcels|crates)|carry\w* (?:boxes|heavy))",
          0.5, ("IV.13", 15)),
    _rule(r"\b(?:cleaning (?:products|agents)|chemicals|wet hands)\b", 0.5, ("III.3", 1)),
    _rule(r"\b(?:gloves|safety shoes|hearing protection|protective (?:clothing|equipment))\b", 0.6,
          ("III.4", 1)),
    # III Aanpassing aan fysieke omgevingseisen
    _rule(r"\b(?:koelcel\w*|vriescel\w*|diepvries\w*|vrieshuis\w*|vriesvak\w*|koel- en vriescel\w*"
          r"|koelhuis\w*|koude omgeving|koude \w*ruimtes?|gekoelde \w*ruimte\w*|gekoeld (?:tot|op) "
          r"|koel(?:ing)? (?:tot|op) \d"
          r"|gekoelde? (?:atelier|afdeling|hal|werkplaats|productiehal|zaal|productiezaal)"
          r"|niet bang (?:van|voor) (?:de )?kou(?:de)?\b|bestand tegen (?:de )?kou(?:de)?\b"
          r"|kan (?:goed )?tegen (?:de )?kou(?:de)?\b)",
          0.8, ("III.1.2", 1)),
    # "het kan er koud en stoffig zijn", "in de hal is het er soms koud"
    _rule(r"\b(?:is|kan|wordt) (?:het )?er (?:soms |vaak |best |behoorlijk |flink )?koud\b", 0.7,
          ("III.1.2", 1), hints=("koud",)),
    # "°" is no word to look the rule up by, so "°c" is found by its "c"
    _rule(r"\b(?:is het|het is) (?:\w+ ){0,2}(?:-\s?\d{1,2}|\d) ?(?:graden|° ?c\b)", 0.8,
          ("III.1.2", 1), hints=("graden", "c")),
    # "in een gekoelde zaal (2 tot 4 °C)": a temperature below ten degrees
    _rule(r"(?:-\s?\d{1,2}|\b\d) ?(?:° ?c\b|graden\b)", 0.7, ("III.1.2", 1), hints=("c", "graden")),
    _rule(r"\b(?:buitenwerk|buiten werken|in de buitenlucht|weer en wind|weer of geen weer"
          r"|alle weersomstandig\w*|alle seizoenen|hovenier\w*|groenvoorziening\w*"
          r"|het hele jaar buiten|werkt buiten"
          r"|binnen en buiten(?! (?:ons|onze|de|het|je|jouw)\b)|buitenterrein|bedrijfsterrein"
          r"|laadperron\w*|laadkade\w*|docks?\b|perrons?\b|op straat|openbare ruimte"
          r"|surveilleert (?:in|op|door) de|laaddock\w*)", 0.6,
          ("III.1.2", 1), ("III.2", 1)),
    # "je loopt je rondes, ook bij regen en kou"; looked up by the weather, not by "bij"
    _rule(r"\b(?:regen|wind|kou|vrieskou|sneeuw)(?:,| en| of) (?:\w+ )?(?:regen|wind|kou|vrieskou"
          r"|sneeuw|vorst)\b", 0.6, ("III.1.2", 1), ("III.2", 1), after=r"\b(?:bij|in)\s+$"),
    # "we werken het hele jaar door buiten", not "buiten de kantooruren"
    _rule(r"\b(?:werken|werk je|staan we|sta je|ben je|bent) (?:\w+ ){0,4}(?<!weer )buiten\b"
          r"(?! (?:de|het|kantoor\w*|onze?|je|jouw|werktijd\w*|werkuren)\b)", 0.6,
          ("III.1.2", 1), ("III.2", 1), hints=("buiten",)),
    # roofs are outdoors, unless a technician goes up "soms" for a ventilation unit
    _rule(r"\bop (?:het|een|hun|de) (?:(?:plat|platte|hellend|hellende|zwart|zwarte) )?dak\b"
          r"|\bop (?:hellende |platte )?daken\b", 0.6, ("III.1.2", 1), ("III.2", 1),
          unless=r"\b(?:soms|af en toe|eventueel)\s+$", hints=("dak",)),
    # a building site is often outdoors, but installers and tilers work inside: a hint
    _rule(r"\b(?:op de bouwplaats|bouwplaatsen|bouwwerf\w*|op de werf|op werven|op de werven"
          r"|naar de werf|naar de werven)", 0.5, ("III.1.2", 1), ("III.2", 1)),
    _rule(r"\b(?:hitte|zomerhitte|hete \w+|hoge temperaturen|warme omgeving"
          # "een warme pauzeruimte" is a perk
          r"|warme,? (?!pauze|kantine|rust)\w*\s?ruimte"
          r"|warme (?:kant|hal|post|\w*keuken)|warm en vochtig|(?:heet|warm) asfalt|asfaltwerk\w*"
          r"|heet werk"
          r"|oven\w*|steenoven\w*|frituur\w*|brander\w*|stoom\w*|strijkpers\w*"
          r"|gieterij\w*|smelterij\w*|smeltoven\w*|hoogoven\w*"
          r"|vloeibaar (?:ijzer|staal|metaal|aluminium)"
          r"|temperaturen (?:tot|boven|van) (?:de )?3\d|temperatuur (?:tot|boven|van) (?:de )?3\d"
          r"|boven de 3\d graden)\b",
          0.7, ("III.1.1", 1)),
    # "je kan tegen de warmte van de oven", looked up by its last word
    _rule(r"\b(?:kan|kunt|kun je|bestand) (?:goed )?tegen (?:de )?warmte\b", 0.7, ("III.1.1", 1),
          hints=("warmte",)),
    # "in de zomer wordt het in de kas 30 tot 35 graden", "in de volle zon bij 30 graden"; not a
    # freezer's "-35 graden"
    _rule(r"\b3\d(?:,\d)? ?graden\b(?! onder nul| vorst)", 0.7, ("III.1.1", 1),
          after=r"\b(?:tot|bij|\d+ ?[-–])\s*$", hints=("graden",)),
    # "in de zomer kan het op een zwart dak flink warm worden", "bij de dekoven, waar het
    # behoorlijk warm is", "het kan in de spoelkeuken warm worden"
    _rule(r"\bwarm\b", 0.7, ("III.1.1", 1),
          after=r"\b(?:is|kan|wordt) het\b[^.]{0,60}$|\bhet (?:kan|wordt)\b[^.]{0,50}$"
                r"|\bhet\s+(?:\w+\s+){1,2}$"),
    # "in de zomer wordt het dak heet", "waar het flink heet kan worden"; not "je heet gasten
    # welkom"
    _rule(r"\bheet\b(?! (?:de |je |jij |u |\w+ )?(?:\w+ )?welkom)", 0.7, ("III.1.1", 1),
          after=r"\b(?:wordt|worden|kan|is)\s+(?:het|het er|het op|dit)\b[^.]{0,30}$"
          r"|\b(?:flink|erg|bijzonder|zeer|behoorlijk|soms|snel)\s+$"),
    _rule(r"\b(?:handschoenen|lashelm|veiligheidsschoenen|beschermende (?:kleding|middelen)"
          r"|adembescherming|gehoorbescherming|pbm|valbeveiliging|thermokleding"
          r"|stofmasker\w*|oordoppen)\b", 0.6, ("III.4", 1)),
    # "kan het flink tochten", "een tochtige hal", "in de tocht"; "een tocht" is a trip
    _rule(r"\b(?:tocht(?:ig\w*|en|t)|tocht(?<!een tocht)|draughty|draughts?)\b", 0.6,
          ("III.2", 1)),
    # loading and unloading trucks at an open dock door
    _rule(r"\b(?:lost|laadt|laden|lossen) (?:\w+ )?(?:vrachtwagens|containers|trailers)"
          r"|\bladen en lossen", 0.5, ("III.2", 1)),
    # wet work and cleaning agents on the skin
    _rule(r"\b(?:schoonmaakmiddel\w*|reinigingsmiddel\w*|chemicali[eë]n|afwas\w*|vaatwasmachine"
          r"|spoelkeuken|spoelt|spoelbak\w*|natte handen"
          rf"|natte omgeving|nat werk|natte \w+|poets\w*|{_CLEANS}|reinig je|dweil\w*"
          rf"|{_CLEANING}"
          r"|wassen aan de|wast (?:\w+ )?(?:bewoners|cliënten|patiënten)"
          # window cleaning and hairdressing are wet work; oil and solvents touch the skin
          rf"|{_WINDOW_CLEANING}|{_HAIRDRESSING}|handen (?:\w+ ){{0,4}}nat\b|solvents"
          r"|(?:handen|huid) (?:\w+ ){0,4}in aanraking met"
          # agents that touch the skin: disinfectant, degreaser, acetone at the nail table;
          # not solvents, which labs and painters handle with gloves in a fume hood
          r"|ontsmet\w*|desinfect\w*|ontvet\w*|vlekkenmiddel\w*|koelsmeermiddel\w*|aceton\w*"
          r"|remvloeistof|sopje|chloor\w*|hogedruk(?:reiniger|spuit)\w*|voorwas\w*|peelings?)\b",
          0.5, ("III.3", 1)),
    # water on the hands all day: "met water en reinigingsmiddel", "emmers water verversen",
    # "je handen zitten veel in koud water", "niet bang om nat te worden"
    _rule(r"\b(?:met (?:warm |koud |heet )?water(?: en\b|,)|met ijs en water|schoon met water"
          r"|in het sop|met sop\b(?!')|water (?:te )?ververs\w*"
          r"|emmers? (?:met )?(?:vers |koud )?water\b"
          r"|handen (?:\w+ ){0,4}(?:in|met) (?:het |koud |warm )?water\b"
          r"|werk is nat\b|nat (?:te )?worden\b|natte, \w+ handen)", 0.5, ("III.3", 1),
          hints=("water", "sop", "emmer", "handen", "nat")),  # "emmer" also looks up "emmers"
    _rule(r"\b(?:tril\w*|aftril\w*|drilboor|bosmaaier|slagmoersleutel\w*|schudt|schokt"
          r"|sloophamer\w*|breekhamer\w*|boorhamer\w*|klopboor\w*|pneumatische (?:hamer|beitel)"
          r"|kettingzaag\w*|slijptol\w*|haakse slijper\w*|handslijpmachine\w*"
          # driving heavy machinery shakes the body, unless the company hires it out
          r"|graafmachine\w*|graafkraan\w*|rupskraan\w*|minigraver\w*"
          r"|shovel\w*|bulldozer\w*|asfaltwals\w*|terreinheftruck\w*)", 0.7, ("III.7", 1),
          unless=r"\bverhu\w*[^.]{0,60}$"),
    _rule(r"\b(?:lawaai\w*|gehoorbescherming|rumoerig\w*|veel geluid|bosmaaier|bladblazer"
          r"|oordoppen|slijp\w*|drilboor|trilplaat|motorzaag|kettingzaag|cirkelzaag|sloopwerk\w*"
          r"|harde muziek|muziek (?:staat )?hard|luide muziek)",
          0.7, ("III.6", 1)),
    # "de stof" is fabric or subject matter, "het stof" dust, and so is the "stof" a seamstress
    # cuts "op maat"; "onder de rook van" is nearby
    _rule(r"\b(?:(?<!de )stof(?:fig\w*|masker\w*|rijk\w*)?(?! op maat)|dampe?n?|rook(?! van)"
          r"|oplosmiddel\w*"
          r"|lasrook|meelstof|houtstof|fijnstof|slijpstof|zaagsel|bitumen|zuurkast\w*"
          r"|uitlaatgas\w*|lijmdamp\w*|verfdamp\w*|fumes|dust)\b", 0.6, ("III.5", 1),
          hints=("stof", "stoffig", "stofmasker", "stofrijk", "damp", "dampen", "rook",
                 "oplosmiddel", "lasrook", "meelstof", "houtstof", "fijnstof", "slijpstof",
                 "zaagsel", "bitumen", "zuurkast", "uitlaatgas", "lijmdamp", "verfdamp", "fumes",
                 "dust")),
)


TOKEN = re.compile(r"[a-z]+|\d+")  # plain ASCII runs: fast, and hints split the same way
PREFIX = 4  # words are looked up by their first four characters
# words in nearly every ad: a rule looked up by one of them would run on nearly every ad
_COMMON_WORDS = frozenset({"aan", "als", "ben", "bent", "bij", "de", "een", "en", "het", "in",
                           "je", "jij", "met", "naar", "niet", "of", "om", "onder", "ons", "onze",
                           "op", "te", "tegen", "tot", "u", "van", "veel", "voor", "werk", "werkt",
                           "wij", "ze"})


def _triggers(rules: tuple[Rule, ...]) -> dict[str, tuple[tuple[str, int], ...]]:
    """(hint word, rule number) pairs by the hint word's first PREFIX characters: a text word
    triggers the rule when it starts with the whole hint word ("werkdruk" not "werken")."""
    table: dict[str, list[tuple[str, int]]] = {}
    for number, rule in enumerate(rules):
        for hint in rule.hints:
            tokens = TOKEN.findall(hint)
            if not tokens:
                raise ValueError(f"lexiconregel {rule.pattern.pattern!r}: hint zonder woord")
            # the longest word that is not a common one: "dak" of "op het dak", not "het"
            rare = [token for token in tokens if token not in _COMMON_WORDS] or tokens
            longest = max(rare, key=len)
            table.setdefault(longest[:PREFIX], []).append((longest, number))
    return {key: tuple(entries) for key, entries in table.items()}


TRIGGERS = _triggers(RULES)


_RANGE_START = re.compile(r"\b\d{1,2}\s+$")


def _closes_a_week(match: re.Match[str]) -> bool:
    """Whether "tot 24 uur" closes a bare range ("16 tot 24 uur"), which _weekly reads as hours
    a week; "van 16 tot 24 uur" or "vanaf 16 tot 24 uur" is a clock time (_NOT_A_WEEK)."""
    before = match.string[max(0, match.start() - 20):match.start()]
    start = _RANGE_START.search(before)
    return bool(start) and not _NOT_A_WEEK.search(before, 0, start.start())


def _shift(match: re.Match[str], night: bool) -> float | None:
    """1 when shift times reach the evening (18-22) or, with ``night``, the night (22-06).

    "15:00-23:30" is both, "22:00-06:30" only night; "tot 21 uur" has no start, so only its
    end counts ("tot 2 uur" may be the afternoon: only an end before 06:00 means night).
    """
    end = int(match.group("end") or match.group("until"))
    if end > 24 or (match.group("until") and _closes_a_week(match)):
        return None  # "tot 40 uur" and "16 tot 24 uur" are numbers of hours, not times
    # a shift ending after 22:00 ("tot 22:30") reaches into the night
    minutes = int(match.group("end_min") or match.group("until_min") or 0)
    past_ten = end > 22 or (end == 22 and minutes > 0)
    if match.group("start") is None:
        return 1 if (past_ten if night else end >= 19) or end < 6 else None
    start = int(match.group("start"))
    overnight = end < start
    if night:
        return 1 if start >= 22 or start < 6 or past_ten or overnight else None
    return 1 if start < 22 and (end >= 19 or overnight) else None
