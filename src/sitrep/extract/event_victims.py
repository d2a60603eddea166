"""The victims of events that fall on civilians, by ACLED's codebook: violence against civilians targets unarmed
people, so its actor2 is always civilians; most arrests and looting or destruction of property also fall on
civilians, and an arrest by no one named is the police's. Weapons a state force seized, defused or shot down
belong to an armed group: unnamed, ACLED's unidentified armed group of the country. People harmed while held are
the victims of those who hold them (unnamed, the police); a strategic development a note labels (a displacement,
an election, a movement of forces) has the actors ACLED's codebook gives such events."""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.extract import context_filters, crowd_actors, event_actors, event_cues
from sitrep.lexicon.countries import word_index, word_pattern
from sitrep.records import EntityRef

_VICTIM_SUBTYPES = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence", "Arrests",
                              "Looting/property destruction"})
_PROPERTY = "Looting/property destruction"
_ALWAYS_CIVILIANS = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})
# armed groups that loot, and the keys of the unnamed armed men a text names them by again
_ARMED_GROUPS = frozenset({"rebels", "militia", "ethnic", "gang", "unidentified"})
_UNNAMED_KEYS = ("acled:unidentified-", "acled:unnamed_militia-")


def victim_roles(type_: str, sub_type: str, roles: list[tuple[str, str, str]], country: str | None,
                 date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """The victims of an event that falls on civilians: with no one named as its target, "Civilians (X)" of the
    event's country is actor2; in violence against civilians an armed actor2 (an off-duty soldier, a police
    officer at home) is one of the civilians it hit, so civilians take its place."""
    if sub_type == "Disrupted weapons use":
        return _weapons_owner(roles, country, date, refs)
    if sub_type not in _VICTIM_SUBTYPES:
        return roles
    if sub_type == "Arrests" and not any(r == "actor1" for _, r, _ in roles):
        # an arrest by no one named ("48 students were arrested") is the state's, its police's (ACLED's usual)
        police = event_actors.generic_entity("police", country, date)
        refs[police.key] = police
        roles = [(police.key, "actor1", "police"), *roles]
    if not any(r == "actor1" for _, r, _ in roles):
        return roles
    actor1 = next(f for _, r, f in roles if r == "actor1")
    if actor1 in ("civilians", *crowd_actors.CROWDS):
        return roles
    actor2 = next(((k, f) for k, r, f in roles if r == "actor2"), None)
    # people arrested as suspected members of no group named ("individuals suspected of being militants") are
    # civilians: ACLED names a group only where the text names it
    suspects = sub_type == "Arrests" and actor2 is not None and actor2[1] == "unidentified"
    # looters' own men named again unnamed ("Zamfara militiamen set houses ablaze ... the assailants") are no victims
    echo = sub_type == "Looting/property destruction" and actor2 is not None and actor1 in _ARMED_GROUPS \
        and actor2[0].startswith(_UNNAMED_KEYS)
    if actor2 is not None and (actor2[1] == "civilians" or sub_type not in _ALWAYS_CIVILIANS) and not (
            suspects or echo):
        return roles
    civ = next((k for k, _, f in roles if f == "civilians"), None)
    if civ is None:
        ref = event_actors.generic_entity("civilians", country, date)
        refs[ref.key] = ref
        civ = ref.key
    out = [(k, r, f) for k, r, f in roles if r != "actor2" and k != civ]
    return [*out[:1], (civ, "actor2", "civilians"), *out[1:]]


def struck_property(type_: str, roles: list[tuple[str, str, str]], context: str, country: str | None,
                    date: str | None, refs: dict[str, EntityRef], wider: str = "") -> list[tuple[str, str, str]]:
    """An explosion or remote violence aimed at civilians' property (``civilian_property_struck``: "warplanes
    struck a house") or that killed or hurt people who are no armed force (``civilians_hurt``:
    "an IED exploded at a market, killing three people") whose text names no target: "Civilians (X)" of the
    event's country is actor2. The people hurt may be told in the ``wider`` context, after the incident's own
    sentences."""
    if type_ != "Explosions/Remote violence" or any(r == "actor2" for _, r, _ in roles) \
            or not any(r == "actor1" for _, r, _ in roles) \
            or not (context_filters.civilian_property_struck(context)
                    or context_filters.civilians_hurt(wider or context)):
        return roles
    ref = event_actors.generic_entity("civilians", country, date)
    refs[ref.key] = ref
    return [*roles, (ref.key, "actor2", "civilians")]


def custodian(type_: str, roles: list[tuple[str, str, str]], texts: tuple[str, str], country: str | None,
              date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """ACLED's codebook: violence done to people arrested or held (beaten while arrested, tortured in custody, raped
    in a cell, forcibly disappeared; ``context_filters.held_by_state``) is that of those who hold them, also when the
    incident's sentences (``texts``: them, and their context) tell of the arrest and the next of the harm; with no
    one named, the state's police are actor1 (the people named first are the victims)."""
    told, context = texts
    if type_ != "Violence against civilians" or any(r == "actor1" and f != "civilians" for _, r, f in roles) \
            or not (context_filters.held_by_state(told) or context_filters.held_after_arrest(told, context)):
        return roles
    police = event_actors.generic_entity("police", country, date)
    refs[police.key] = police
    return [(police.key, "actor1", "police")] + [(k, "actor2" if r == "actor1" else r, f) for k, r, f in roles
                                                 if k != police.key]


def labelled_roles(sentence: str, roles: list[tuple[str, str, str]], country: str | None, date: str | None,
                   refs: dict[str, EntityRef], sub_type: str = "") -> list[tuple[str, str, str]]:
    """ACLED's codebook on strategic developments the label a note's ``sentence`` opens with names (its coding's
    label; "" for none): one whose only actor is a generic one
    (``label_actor`` in ``data/acled/typology.yaml``: a displacement's civilians, those the text names first;
    an election's government), and one with one side only (``sole_actor_labels``: movement of forces, security
    measures, a detonation), its side (actor1, else actor2; an armed side before civilians) and those beside it, or
    the generic actor the table gives when the text names none. A strategic development of a sub-event type whose
    sides are never civilians (``sole_actor_sub_types``: one side only, or armed sides only) has no civilians as
    actor2, labelled or not."""
    only, sole = _label_tables()
    label = event_cues.note_label(sentence)
    if label not in only and sub_type in _sole_sub_types():
        # one side, or armed sides, only: people who merely saw, met, received or fled what it did are no side
        roles = [x for x in roles if not (x[1] == "actor2" and x[2] == "civilians")]
    if label in only:
        family = only[label]
        key = next((k for k, r, f in roles if f == family and r in ("actor1", "actor2")), None)
        if key is None:
            ref = event_actors.generic_entity(family, country, date)
            refs[ref.key] = ref
            key = ref.key
        return [(key, "actor1", family)]
    if label not in sole:
        return roles
    # its side: actor1, else the one named as patient ("Wagner mercenaries were seen withdrawing"), an armed one
    # before the civilians who only saw it
    sides = sorted((x for x in roles if x[1] in ("actor1", "actor2")), key=lambda x: (x[2] == "civilians", x[1]))
    if sole[label] == "government":
        # a state's measures: the people they fall on ("residents must stay home") are not the side that took them
        sides = [x for x in sides if x[2] != "civilians"]
    actor1 = [(k, "actor1", f) for k, _, f in sides[:1]]
    if not actor1 and sole[label] is not None:
        ref = event_actors.generic_entity(str(sole[label]), country, date)
        refs[ref.key] = ref
        actor1 = [(ref.key, "actor1", str(sole[label]))]
    return actor1 + [x for x in roles if x[1] == "assoc_actor_1"] if actor1 else []


@lru_cache(maxsize=1)
def _sole_sub_types() -> frozenset[str]:
    """The ``sole_actor_sub_types`` list; ValueError when it names no sub-event type of the typology."""
    subs = event_actors.typology().get("sole_actor_sub_types") or []
    known = {s for t in event_actors.typology().get("event_types", {}).values() for s in t.get("sub_event_types", [])}
    if not isinstance(subs, list) or any(s not in known for s in subs):
        raise ValueError("typology.yaml: 'sole_actor_sub_types' must list ACLED sub-event types")
    return frozenset(subs)


def _label_tables() -> tuple[dict[str, str], dict[str, str | None]]:
    """The ``label_actor`` and ``sole_actor_labels`` tables; ValueError when one is malformed."""
    families = event_actors.typology().get("generic_actors") or {}
    only = event_actors.typology().get("label_actor") or {}
    sole = event_actors.typology().get("sole_actor_labels") or {}
    if not isinstance(only, dict) or not isinstance(sole, dict) \
            or any(f not in families for f in [*only.values(), *(v for v in sole.values() if v is not None)]):
        raise ValueError("typology.yaml: 'label_actor' and 'sole_actor_labels' must map labels to generic actors")
    return only, sole


def _weapons_owner(roles: list[tuple[str, str, str]], country: str | None, date: str | None,
                   refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """A state force that disrupted weapons (a seizure, a defusal, an interception) with no owner named: the
    weapons' owner, actor2, is "Unidentified Armed Group (X)". People it caught with them ("three people were
    arrested") are that owner too: ACLED's codebook gives a disrupted weapons use no civilians as a side."""
    actor1 = next((f for _, r, f in roles if r == "actor1"), None)
    if actor1 not in event_actors.STATE_FAMILIES or not country \
            or any(r == "actor2" and f != "civilians" for _, r, f in roles):
        return roles
    ref = event_actors.generic_entity("unidentified", country, date)
    refs[ref.key] = ref
    out = [(k, r, f) for k, r, f in roles if k != ref.key and not (r == "actor2" and f == "civilians")]
    return [*out[:1], (ref.key, "actor2", "unidentified"), *out[1:]]


# weapons stopped in flight by no one named: "two rockets were intercepted", "the Iron Dome intercepted a drone"
_INTERCEPTED = re.compile(r"\b(?:were|was|been|being)\s+(?:\w+\s+)?(?:intercepted|shot\s+down|downed)\b|"
                          r"\b(?:air[\s-]defen[cs]e|iron\s+dome|anti-?aircraft)\b", re.I)


def interceptor(sub_type: str, roles: list[tuple[str, str, str]], text: str, country: str | None, date: str | None,
                refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """ACLED's codebook: in a disrupted weapons use the actor that disrupted it is actor1. Missiles or drones
    intercepted over a country by no one named were stopped by its air defence, its military; the side that
    fired them is actor2."""
    if sub_type != "Disrupted weapons use" or not country or not _INTERCEPTED.search(text):
        return roles
    if any(r == "actor1" and f in (*event_actors.STATE_FAMILIES, "external") for _, r, f in roles):
        return roles
    army = event_actors.generic_entity("military", country, date)
    refs[army.key] = army
    shooter = [(k, "actor2", f) for k, r, f in roles if r == "actor1"][:1]
    rest = [(k, "assoc_actor_2" if r in ("actor1", "actor2") else r, f) for k, r, f in roles
            if r != "actor1" and k != army.key]
    if not shooter:
        shooter, rest = [x for x in rest if x[1] == "assoc_actor_2"][:1], rest
        shooter = [(k, "actor2", f) for k, _, f in shooter]
        rest = [x for x in rest if x[0] not in {k for k, _, _ in shooter}]
    return [(army.key, "actor1", "military"), *shooter, *rest]


# a country's mission abroad and its people: "the Russian Embassy", "the Nigerian High Commissioner", "the embassy of
# Lesotho", "a Russian diplomat"
_MISSION = (r"(?:embass(?:y|ies)|consulates?|high\s+commission(?:er)?|ambassador(?:['’]s)?|diplomats?|"
            r"diplomatic\s+(?:mission|residence|staff))")
_MISSION_AFTER = re.compile(rf"\s+{_MISSION}\b", re.I)
_MISSION_BEFORE = re.compile(rf"\b{_MISSION}\s+of\s+(?:the\s+)?$", re.I)
# a mission named as where something happened, not what was hit: "near the Polish Embassy", "outside the embassy of"
_LANDMARK = re.compile(r"\b(?:near|outside|opposite|in\s+front\s+of|close\s+to|next\s+to|behind|at|by|to|towards?|"
                       r"from)\s+(?:the\s+)?(?:(?:embassy|consulate)\s+of\s+(?:the\s+)?)?$", re.I)


def mission_victims(type_: str, sub: str, roles: list[tuple[str, str, str]], told: str, country: str | None,
                    date: str | None, refs: dict[str, EntityRef]) -> list[tuple[str, str, str]]:
    """ACLED names the civilians of a foreign mission by the mission's country: violence against an embassy, its
    staff or a diplomat's home ("hurled paint at the walls of the Russian Embassy", "stormed the residence of the
    Nigerian High Commissioner") falls on civilians of that country. Only where the victims are the event country's
    civilians, the text names the mission of one other country, and not as a landmark ("near the Polish Embassy")."""
    if type_ not in ("Violence against civilians", "Explosions/Remote violence") and sub != _PROPERTY:
        return roles
    home = event_actors.generic_entity("civilians", country, date).key
    if not country or not any(k == home and r == "actor2" for k, r, _ in roles):
        return roles
    index = word_index()
    missions: set[str] = set()
    for m in word_pattern().finditer(told):
        before = told[max(0, m.start() - 40):m.start()]
        if (index[m.group()][1] == "demonym" and _MISSION_AFTER.match(told, m.end())) or _MISSION_BEFORE.search(before):
            missions.add("" if _LANDMARK.search(before) else index[m.group()][0])
    missions.discard(country)
    if len(missions) != 1 or "" in missions:
        return roles
    ref = event_actors.generic_entity("civilians", missions.pop(), date)
    refs[ref.key] = ref
    return [(ref.key if k == home and r == "actor2" else k, r, f) for k, r, f in roles]


def foreign_victims(roles: list[tuple[str, str, str]], country: str | None) -> list[tuple[str, str, str]]:
    """Victims the text gives a nationality other than the event country's ("two Somali refugees were killed" in
    Kenya), or several ("migrants"), are ACLED's actor2: "Civilians (Somalia)", "Civilians (International)"; the
    event country's civilians a generic word named beside them ("refugees", "a civilian vehicle") are the same
    people, their associated actor."""
    home = f"acled:civilians-{country.lower()}" if country else None
    a2 = next((x for x in roles if x[1] == "actor2"), None)
    foreign = next((x for x in roles if x[1] == "assoc_actor_2" and x[0].startswith("acled:civilians-")
                    and x[0] != home), None)
    if home is None or a2 is None or a2[0] != home or foreign is None:
        return roles
    rest = [x for x in roles if x is not a2 and x is not foreign]
    head = [x for x in rest if x[1] == "actor1"]
    return [*head, (foreign[0], "actor2", foreign[2]), (a2[0], "assoc_actor_2", a2[2]),
            *[x for x in rest if x[1] != "actor1"]]
