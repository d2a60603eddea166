"""Militias a note names with a capital ("the Georgia Militia", "the Louisiana Cajun Militia"): ACLED names such a
group as the note does, not as an unidentified or pro-government militia. Likewise gangs the note names ("the Buss
Head Gang"), groups of young men named "<Name> Boys" ("the Bakassi Boys") and armed groups named by an acronym the
dictionary lacks ("the ABC rebels")."""

from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.lexicon import countries
from sitrep.records import EntityRef

# a militia the text names with a capital ("the Georgia Militia", "the Louisiana Cajun Militia"): ACLED names it so
_NAMED_MILITIA = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){1,3}?)Militia\b(?!-)")
_NOT_A_MILITIA_NAME = re.compile(r"^(?:The|A|An|Unidentified|Unknown|Armed|Local|Rival|Suspected|Alleged|Members?|"
                                 r"Of|On|In|At|Around|Pro-Government|Government|Ethnic|Communal|Tribal|Clan|Village|"
                                 r"Community|Civilian|Civil|Self-Defen[cs]e|Allied|Rebel|Islamist|Christian|Muslim|"
                                 r"Private|Police|Army|Military|Tribe|Youth|Vigilante)$")


def capitalised_groups(text: str, span: tuple[int, int], country: str | None, refs: dict[str, EntityRef],
                       pattern: re.Pattern[str], leading: re.Pattern[str], rejects: Callable[[str], bool],
                       noun: str) -> list[tuple[int, int, str]]:
    """Groups the text names with capitals before ``noun`` (``pattern``'s group 1: "the Georgia Militia", "the Buss
    Head Gang"), as ACLED names them ("<Name> <noun>"): (start, end, key) each. Leading words ``leading`` matches
    are dropped; a name holding a word ``rejects`` is none."""
    out = []
    for m in pattern.finditer(text, *span):
        words = m.group(1).split()
        while words and leading.match(words[0]):
            words = words[1:]
        if not words or any(rejects(w) for w in words):
            continue
        name = " ".join(words) + " " + noun
        key = f"acled:named-{noun.lower()}-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        refs[key] = EntityRef(key=key, name=name, type="armed_group", country=country, acled_name=name)
        out.append((m.start() + m.group(1).index(words[0]), m.end(), key))
    return out


def named_militias(text: str, s: int, e: int, country: str | None,
                   refs: dict[str, EntityRef]) -> list[tuple[int, int, str]]:
    """Militias named by the text with a capital ("the Georgia Militia"): (start, end, key) each; not one a
    nationality names ("a Libyan Militia") nor a kind ("Pro-Government Militia")."""
    index = countries.word_index()

    def rejects(word: str) -> bool:
        return bool(_NOT_A_MILITIA_NAME.match(word)) or index.get(word, ("", ""))[1] == "demonym"

    return capitalised_groups(text, (s, e), country, refs, _NAMED_MILITIA, _NOT_A_MILITIA_NAME, rejects, "Militia")


# an acronym the dictionary does not know, written before the noun of an armed group's men, names the group:
# "the XYZ rebels", "XYZ militants" (ACLED: "XYZ: <its full name>")
_ACRONYM_GROUP = re.compile(r"\b([A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,6})?)\s+(?:rebels?|militants?|insurgents?|fighters|"
                            r"guerrillas?|militia(?:men)?|combatants)\b")


def acronym_groups(text: str, s: int, e: int, country: str | None,
                   refs: dict[str, EntityRef]) -> list[tuple[int, int, str]]:
    """Armed groups named by an acronym the dictionary lacks ("the ABC rebels"): (start, end, key) each."""
    out = []
    index = countries.word_index()
    for m in _ACRONYM_GROUP.finditer(text, s, e):
        name = m.group(1)
        if name in index:
            continue  # a country's ("US fighters"), not a group's
        key = f"acled:group-{name.lower()}"
        refs[key] = EntityRef(key=key, name=name, type="armed_group", country=country)
        out.append((m.start(), m.end(), key))
    return out


# a gang the text names ("members of the One Order Gang", "the Pix gang", "the Pedro del Monte Gang", with the
# particles of Spanish and Portuguese names): ACLED's "<Name> Gang"
_NAMED_GANG = re.compile(r"\b((?:[A-Z][\w'’-]*\s+(?:(?:la|las|el|los|de|del|da|das|do|dos)\s+(?=[A-Z]))?){1,3}?)"
                         r"[Gg]ang\b(?!-)")
_NOT_A_NAME = re.compile(r"^(?:The|A|An|Unidentified|Unknown|Armed|Local|Rival|Criminal|Street|Drug|Suspected|"
                         r"Alleged|Members?|Of|On|In|At|Around)$")


def named_gangs(text: str, s: int, e: int, country: str | None,
                refs: dict[str, EntityRef]) -> list[tuple[int, int, str]]:
    """Gangs named by the text ("the Buss Head Gang"): (start, end, key) each; not a country's ("Mexican gang")."""
    index = countries.word_index()
    return capitalised_groups(text, (s, e), country, refs, _NAMED_GANG, _NOT_A_NAME, index.__contains__, "Gang")


# a group of young men the text names "<Name> Boys" ("the Bakassi Boys", "Egbesu Boys", a neighbourhood's gang):
# West Africa's vigilantes, cult groups and party thugs, which ACLED names as the note does; not a school's or a
# club's boys, nor "area boys" or a number of boys
_NAMED_BOYS = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){1,2}?)Boys\b(?!['’-]|\s+(?:High|Secondary|School|College|Senior|"
                         r"Junior|Club|Brigade|Scouts?|Choir|Band|Home|Town)\b)")
_NOT_A_BOYS_NAME = re.compile(r"^(?:The|A|An|Area|Street|Local|Young|Little|Small|School|Some|Several|Many|Two|Three|"
                              r"Four|Five|Six|Seven|Eight|Nine|Ten|Unidentified|Unknown|Armed|Rival|Suspected|Alleged|"
                              r"Members?|Of|On|In|At|Around|And|Their|His|Her|Other|St\.?|Saint|Old|Lost|Bad|Good|"
                              r"Golden|Altar|Baby|Beach)$")


def named_boys(text: str, s: int, e: int, country: str | None,
               refs: dict[str, EntityRef]) -> list[tuple[int, int, str]]:
    """Groups the text names "<Name> Boys" ("the Bakassi Boys"): (start, end, key) each; not a country's."""
    index = countries.word_index()

    def rejects(word: str) -> bool:  # a possessive is a school's or a saint's ("St. Mary's Boys")
        return bool(_NOT_A_BOYS_NAME.match(word)) or word in index or word.endswith(("'s", "’s"))

    return capitalised_groups(text, (s, e), country, refs, _NAMED_BOYS, _NOT_A_BOYS_NAME, rejects, "Boys")


__all__ = ["acronym_groups", "capitalised_groups", "named_boys", "named_gangs", "named_militias"]
