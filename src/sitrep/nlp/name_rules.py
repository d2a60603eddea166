"""The rules that tell whether a run of capitalized words is a name, by the company it keeps.

A run is a person's name when a title stands before it ("Qari Hekmat", "Gen. John Nicholson"), a role
noun before or after it ("spokesman Zabihullah Mujahid", "X, the district chief"), a verb of saying
follows it ("Hekmat said"), or it starts with a common given name; an organisation when it carries an
institutional head word ("Ministry", "Council"). ``sitrep.nlp.names`` runs them over a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.lexicon import yaml_data
from sitrep.lexicon.dictionaries import Title, load_roles, load_titles
from sitrep.lexicon.keys import normalize_key
from sitrep.spans import SpanIndex

EXTRACTOR = "name-rules"

_PARTICLES = {"al", "el", "ul", "ud", "bin", "ibn", "bint", "e", "i", "u", "ur", "ud-din", "uddin", "de", "van"}
_CAP_WORD = r"[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*\.?"
# a nickname in quotation marks inside a person's name: First "Nick" Last
_NICK = rf"[ \t]+[\u201c\"]{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}}[\u201d\"](?=[ \t]+[A-Z])"
_RUN = re.compile(rf"{_CAP_WORD}(?:(?:{_NICK})?[ \t]+(?:(?:{'|'.join(sorted(_PARTICLES, key=len, reverse=True))}|of|"
                  rf"of the|for)[ -]+)?{_CAP_WORD})*")
_QUOTED = re.compile(r"[\u201c\"][^\u201c\u201d\"]+[\u201d\"]")
# words that name a body or a clan, not a person, around a quoted name ('the X "Y" Cartel')
_BODY_WORDS = frozenset({"cartel", "cartels", "gang", "clan", "family", "brothers", "faction"})
_CONNECTOR = re.compile(r"\s+(?:of|of the|for)\s+")
_SAY = re.compile(r"^,?\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|told|added|stated|confirmed|claimed|"
                  r"announced|denied|warned|explained|insisted|noted)\b")
_SAID_BY = re.compile(r"(?:said|says|told|added|according to)\s+$")
_ORG_HEADS = {"ministry", "council", "committee", "commission", "agency", "office", "directorate", "department",
              "organization", "organisation", "foundation", "institute", "university", "party", "front", "movement",
              "network", "corps", "brigade", "battalion", "regiment", "command", "mission", "authority", "bureau",
              "assembly", "parliament", "shura", "jirga", "mahaz", "court", "bank", "company", "association", "union",
              "federation", "society", "center", "centre", "group", "service", "services", "forces", "news", "times",
              "post", "press", "tv", "television", "channel", "journal", "gazette", "tribune", "herald", "radio"}
_NOT_NAMES = {"The", "A", "An", "On", "In", "At", "But", "And", "He", "She", "It", "They", "We", "I", "This", "That",
              "These", "Those", "His", "Her", "Their", "Its", "After", "Before", "When", "While", "Since", "Some",
              "Many", "Most", "Officials", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
              "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December", "According", "Meanwhile", "However", "If", "As", "For", "From",
              "Of", "To", "With", "By", "No", "Not", "Mr", "Mrs", "Ms", "There", "What", "Who", "Why", "How", "One",
              "Two", "Three", "Last", "Earlier", "Later", "Also", "Yet", "So", "Our", "My", "Your", "All", "Both",
              "Local",
              }
# words that open a run without being part of a person's name ("Afghan officials", "Provincial police")
_ADJECTIVES = {"Afghan", "Pakistani", "American", "Islamic", "Western", "Eastern", "Northern", "Southern", "Central",
               "Provincial", "District", "Police", "Security", "Government", "Army", "Taliban", "State", "Former",
               "Deputy", "Senior", "Local", "Acting", "Interim"}
# what only a person follows: "led by", "founded by", "whose father,", "his brother,"
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:led|headed|founded|commanded)\s+by\s+(?:the\s+(?:late\s+)?)?"
    r"|\b(?:whose|his|her|their)\s+(?:late\s+)?(?:father|son|brother|sister|mother|wife|husband|uncle|nephew|cousin|"
    r"daughter|grandson|father-in-law|son-in-law|brother-in-law)\s*,\s*)$", re.I)
_ROLE_THEN_NAME = re.compile(r"\b(?:an?|the)\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:in|of|for|from)\s+"
                             r"(?:the\s+)?(?:[A-Z][\w'-]*\s*){1,3}(?:district|province|village|area|city)?\s*,\s*$")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|of|near|to|into|across|outside|inside|around|towards?)\s+(?:the\s+)?$",
                           re.I)
_FACILITY_HEADS = {"mosque", "school", "hospital", "madrasa", "madrassa", "seminary", "bazaar", "market", "airport",
                   "base", "camp", "prison", "jail", "bridge", "dam", "highway", "road", "square", "stadium", "shrine"}
# the kinds of natural feature English writes after a name ("the X River", "Y Island"): no person's name
_NATURAL_HEADS = {"river", "island", "islands", "lake", "mountain", "mountains", "hills", "valley", "desert", "creek",
                  "peninsula", "plateau", "gorge", "lagoon", "swamp", "marshes"}
# words that only say what kind of facility it is: "Forward Operating Base", "Military Camp", "Central Prison" name
# no particular place (a named one has a name of its own: "Bagram Air Base", "Pul-e-Charkhi Prison")
_FACILITY_KINDS = {"forward", "operating", "military", "army", "air", "naval", "police", "main", "central", "border",
                   "combat", "patrol", "joint", "security", "district", "provincial", "regional", "national",
                   "federal", "state", "government", "public", "general", "international", "new", "old", "temporary",
                   "local", "city", "town", "village", "the", "a", "an", "our", "their", "its", "this", "that"}
_AKA_AFTER = re.compile(r"\s*[(,]\s*(?:a\.?k\.?a\.?|also known as|alias)\s")


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    name: str  # without strippable titles
    type: str
    extractor: str = EXTRACTOR


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    text = (resources.files("sitrep") / "data" / "dictionaries" / "given_names.yaml").read_text("utf-8")
    return frozenset(normalize_key(n) for n in yaml_data.load(text)["given_names"])


@lru_cache(maxsize=1)
def never_names() -> frozenset[str]:
    """``not_names.yaml``: capitalized words never a name alone ("Witnesses", "Updated"), with the built-in
    function words and the demonyms ("Malian")."""
    text = (resources.files("sitrep") / "data" / "dictionaries" / "not_names.yaml").read_text("utf-8")
    data = yaml_data.load(text)
    words = data.get("words") if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) and w and " " not in w for w in words):
        raise ValueError("not_names.yaml: 'words' must be a list of single words")
    return frozenset(words) | frozenset(_NOT_NAMES) | frozenset(demonyms())


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """``demonyms.yaml``: a people's adjective ("Malian") -> its country's name ("Mali")."""
    text = (resources.files("sitrep") / "data" / "dictionaries" / "demonyms.yaml").read_text("utf-8")
    data = yaml_data.load(text)
    table = data.get("demonyms") if isinstance(data, dict) else None
    if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
        raise ValueError("demonyms.yaml: 'demonyms' must map each adjective (text) to a country name (text)")
    return dict(table)


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(normalize_key(v) for r in load_roles().roles.values() for v in (r.role, *r.variants))


def _free_pieces(start: int, end: int, taken: SpanIndex) -> list[tuple[int, int]]:
    """[start, end) without the spans other finders took."""
    pieces = [(start, end)]
    for a, b in taken.overlapping(start, end):
        pieces = [p for s, e in pieces for p in ((s, min(e, a)), (max(s, b), e)) if p[0] < p[1]]
    return pieces


def _classify(text: str, start: int, end: int, sent_start: int, taken: SpanIndex) -> _Name | None:
    words = [(w.start() + start, w.end() + start) for w in re.finditer(r"\S+", text[start:end])]
    tokens = [text[a:b] for a, b in words]
    skip, role_led = _lead_in(tokens)
    if skip >= len(tokens):
        return None
    title, span_from, name_from = _split_title(tokens[skip:])
    span_from, name_from = span_from + skip, name_from + skip
    if name_from >= len(tokens):
        return None
    offset, span_end = words[span_from][0], words[-1][1]
    if text[span_end - 2:span_end] in ("'s", "\u2019s"):
        span_end -= 2
    if text[span_end - 1] == "." and not re.search(r"\b[A-Z]\.$", text[offset:span_end]):
        span_end -= 1  # a sentence end, not an initial
    if span_end <= offset or taken.overlaps(offset, span_end):
        return None
    name_words = [t.rstrip(".") if i == len(tokens) - 1 else t for i, t in enumerate(tokens)][name_from:]
    if normalize_key(name_words[-1]) in _FACILITY_HEADS and len(name_words) >= 2:
        if all(normalize_key(w) in _FACILITY_KINDS for w in name_words[:-1]):
            return None  # a kind of facility, not a named one
        return _Name(offset, span_end, text[offset:span_end], "location")
    if (by_form := _by_form(text, offset, span_end, name_words)) is not None:
        return by_form[0]
    if _is_org(name_words):
        return _Name(offset, span_end, text[offset:span_end], "organization") if len(name_words) >= 2 else None
    if _CONNECTOR.search(" ".join(name_words)) or _office(name_words):
        return None
    before, after = text[max(sent_start, words[0][0] - 60):words[0][0]], text[span_end:span_end + 80]
    short = len(name_words) <= 4 and not _PLACE_BEFORE.search(before)
    evidence = (
        (title is not None and (title.category != "kunya" or name_words[0] not in ("Dhabi", "Ghraib")))
        or bool(_AKA_AFTER.match(after))
        or (role_led and len(name_words) >= 2)
        or _role_before(before)
        or _role_after(after)
        or (len(name_words) >= 2 and bool(_PERSON_BEFORE.search(before)))
        or (short and bool(_SAY.match(after)))
        or (short and bool(_SAID_BY.search(before)))
        or (len(name_words) >= 2 and normalize_key(name_words[0]) in given_names())
    )
    if not evidence or len(name_words) > 5:
        return None
    return _Name(offset, span_end, text[offset:span_end], "person")


def _office(words: list[str]) -> bool:
    """Whether the words name an office, not a person: a role noun last after a word that is no given name
    ("Hungary's Defense Minister", "Deputy Governor"); "Abdul Malik" is a name."""
    if len(words) < 2 or normalize_key(words[-1]) not in _role_words():
        return False
    before = normalize_key(words[-2])
    return before not in given_names() and not (before and before.split()[-1] in given_names())


def _lead_in(tokens: list[str]) -> tuple[int, bool]:
    """How many words before the name to skip, and whether a role noun opened the run."""
    skip = 0  # words before the name: "The", "On", "Afghan", "Army" (but not a title, nor an organisation's words)
    role_led = False  # a role noun opened the run: "Secretary General Jens Stoltenberg", "Spokesman Zabihullah"
    while skip < len(tokens):
        if (n := _role_phrase(tokens, skip)) > 1:
            skip, role_led = skip + n, True
            continue
        if load_titles().lookup(tokens[skip]) is not None or not (
                tokens[skip].rstrip(".") in _NOT_NAMES or normalize_key(tokens[skip]) in _role_words()
                or (tokens[skip] in _ADJECTIVES and not _is_org(tokens[skip:]))):
            break
        role_led = role_led or normalize_key(tokens[skip]) in _role_words()
        skip += 1
    if skip < len(tokens) and tokens[skip] in ("of", "for"):  # "Fighters of X": X is whose the role is, no person
        skip, role_led = skip + 1 + (skip + 1 < len(tokens) and tokens[skip + 1] == "the"), False
    return skip, role_led


def _role_phrase(tokens: list[str], i: int) -> int:
    """How many tokens from ``i`` form a role noun of two or three words ("Secretary General"), else 0."""
    for n in (3, 2):
        if i + n < len(tokens) and normalize_key(" ".join(tokens[i:i + n])) in _role_words():
            return n
    return 0


def _is_org(words: list[str]) -> bool:
    keys = normalize_key(" ".join(words)).split()
    return bool(keys) and (keys[-1] in _ORG_HEADS or keys[0] in ("radio", "voice") or "ministry" in keys
                           or (bool(_CONNECTOR.search(" ".join(words))) and any(k in _ORG_HEADS for k in keys)))


def _split_title(tokens: list[str]) -> tuple[Title | None, int, int]:
    """The last leading title, where the mention starts (after strippable titles: "Gen."), and where the bare
    name starts. A kept title ("Qari", "Mullah") stays in the mention: it is how the person is known."""
    titles = load_titles()
    last: Title | None = None
    span_from: int | None = None
    i = 0
    while i < len(tokens) - 1:
        for n in (3, 2, 1):
            if i + n >= len(tokens):
                continue
            t = titles.lookup(" ".join(tokens[i:i + n]))
            if t is not None and t.position == "prefix" and not (t.ambiguous and not tokens[i + n][:1].isupper()):
                last = t
                if not t.strip and span_from is None:
                    span_from = i
                i += n
                break
        else:
            break
    return last, (i if span_from is None else span_from), i


def _role_before(before: str) -> bool:
    tail = normalize_key(before).split()[-4:]
    roles = _role_words()
    if any(" ".join(tail[i:]) in roles for i in range(len(tail))):
        return True
    # "a tribal elder in Sarkani district, X": a role, its place or group, then the name after a comma
    m = _ROLE_THEN_NAME.search(before)
    if m is None:
        return False
    words = normalize_key(m.group("role")).split()
    return any(" ".join(words[i:]) in roles for i in range(len(words)))


def _role_after(after: str) -> bool:
    m = re.match(r",\s+(?:a|an|the)\s+([\w\s'-]{3,40}?)(?:\s+(?:of|for|in)\b|,|\.)", after)
    if not m:
        return False
    words = normalize_key(m.group(1)).split()
    roles = _role_words()
    return any(" ".join(words[i:]) in roles for i in range(len(words)))


@lru_cache(maxsize=1)
def unit_words() -> dict[str, frozenset[str]]:
    """``unit_names.yaml``: the words of state forces' unit names, by list (units, numbered_alone, compass, arms,
    ordinals, not_state)."""
    text = (resources.files("sitrep") / "data" / "dictionaries" / "unit_names.yaml").read_text("utf-8")
    data = yaml_data.load(text)
    keys = ("units", "numbered_alone", "compass", "arms", "ordinals", "not_state")
    if not isinstance(data, dict) or data.get("version") != 1 or not all(
            isinstance(data.get(k), list) and all(isinstance(w, str) and w for w in data[k]) for k in keys):
        raise ValueError(f"unit_names.yaml: expected version 1 and lists of words {keys}")
    return {k: frozenset(w.lower() for w in data[k]) for k in keys}


_NUMBER_BEFORE = re.compile(r"(?:(?<=\bthe )|(?<=\bThe )|(?<=\bits )|(?<=['\u2019]s ))\d{1,4}\s+$|"
                            r"(?<![\w,.])\d{1,4}(?:st|nd|rd|th)\s+$")
_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,4}(?![\w,.%]|\.\d)")


def _state_unit(text: str, start: int, end: int, words: list[str]) -> tuple[int, int] | None:
    """``(start, end)`` of a state force's unit named by ``words`` (``text[start:end]``), widened over its number
    ("the 25 Task Force Brigade", "Battalion 31"), or None where the words name no unit (``unit_names.yaml``)."""
    table = unit_words()
    keys = [w.lower().rstrip(".") for w in words]
    head = 2 if len(keys) >= 2 and " ".join(keys[-2:]) in table["units"] else 1
    if " ".join(keys[-head:]) not in table["units"] or any(k in table["not_state"] for k in keys):
        return None
    before = _NUMBER_BEFORE.search(text, max(0, start - 12), start)
    after = _NUMBER_AFTER.match(text, end)
    if before is not None:
        start = before.start()
    if after is not None:
        end = after.end()
    numbered = before is not None or after is not None or any(
        k in table["ordinals"] or re.fullmatch(r"\d{1,4}(?:st|nd|rd|th)?", k) for k in keys[:-head])
    compass = len(keys) > head and keys[-head - 1] in table["compass"]
    armed = any(k in table["arms"] for k in keys)
    alone = len(keys) == head and after is None  # "the 3rd Brigade"; not "2nd Division" (a league's)
    if (numbered and (not alone or keys[-1] in table["numbered_alone"])) or compass or armed:
        return start, end
    return None


def _nicknamed(text: str, start: int, end: int, nick: re.Match[str]) -> _Name | None:
    """A person's name with a quoted nickname inside ('Juan "El Toro" Perez'): English writes a nickname so between
    a person's given and family names; outside the quotes two to four words that name no body nor kind of thing."""
    outer = (text[start:nick.start()] + " " + text[nick.end():end]).split()
    if not 2 <= len(outer) <= 4 or nick.start() == start or nick.end() == end:
        return None
    keys = [normalize_key(w) for w in outer]
    if any(k in _ORG_HEADS or k in _BODY_WORDS or k in _FACILITY_HEADS or k in _NATURAL_HEADS for k in keys) \
            or any(w in never_names() or w in _ADJECTIVES for w in outer):
        return None
    return _Name(start, end, text[start:end], "person")


def _by_form(text: str, start: int, end: int, words: list[str]) -> tuple[_Name | None] | None:
    """What the form of the name alone decides, whatever its company: a state force's unit ("the 25th Brigade"),
    a name with a quoted nickname inside (a person, or none); None where the form decides nothing."""
    if (unit := _state_unit(text, start, end, words)) is not None:
        return (_Name(unit[0], unit[1], text[unit[0]:unit[1]], "state_force"),)
    if (nick := _QUOTED.search(text, start, end)) is not None:
        return (_nicknamed(text, start, end, nick),)
    return None
