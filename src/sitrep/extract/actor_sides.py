"""The sides of an event among the actors its sentences name: ACLED's actor1, actor2 and their associated actors.

Facts of ACLED's codebook: actor1 is the side that acted (an agent), else an armed bystander, else the side hit;
actor2 is the first actor on another side. A country's military and police, and a foreign force fighting beside
them (a private military company), are one side; two countries' forces are two; communities' militias fight each
other.
"""

from __future__ import annotations

import re

from sitrep.extract import event_country
from sitrep.extract.event_actors import STATE_FAMILIES, Occurrence, state_family
from sitrep.extract.slashed_names import named_before_slash
from sitrep.extract.state_units import regional_unit
from sitrep.extract.unit_sides import is_unit_of
from sitrep.nlp.matcher import default_matcher


def _actor1(items: list[Occurrence], named_at: dict[str, int]) -> Occurrence | None:
    """ACLED's actor1 among the event's distinct actors: an agent, else an armed bystander, else a patient."""
    agents = [o for o in items if o.role == "agent"]
    patients = [o for o in items if o.role == "patient"]
    neutral = [o for o in items if o.role == "neutral"]
    two_sides = [o for o in patients if o.family not in ("civilians", patients[0].family) and not (
        o.family in STATE_FAMILIES and patients[0].family in STATE_FAMILIES and not _two_states(o, patients[0]))] \
        if patients else []  # a country's police and army hit together are one side
    # civilians merely named beside the victims ("a high civilian death toll") are not the side that acted
    first: list[Occurrence | None] = [*(agents or [o for o in neutral if o.family != "civilians"]
                                        or (neutral if not patients else [])
                                        or ([patients[0]] if two_sides else [])), None]
    actor1 = first[0]
    if actor1 is not None and actor1.family == "external":
        # international forces fighting beside the national ones: the national force is ACLED's actor1 and the
        # international one its associated actor ("airstrikes conducted by NATO and Afghan Military Forces")
        national = [o for o in items if o.family in STATE_FAMILIES and o.role != "patient"]
        if national and not (_beside_state(actor1) and named_at[actor1.key] < named_at[national[0].key]):
            actor1 = national[0]
    return actor1


def _first_named(o: Occurrence, items: list[Occurrence], named_at: dict[str, int]) -> Occurrence:
    """Of a state force and the private military company fighting beside it, ACLED's primary actor is the one a
    text names first ("Wagner mercenaries and FAMa soldiers": Wagner; "FACA and Wagner": the army), the other its
    associated actor; so is a unit of the force named before it ("CRPF men and local police": the CRPF);
    ``named_at``: where the text first names each actor."""
    side = [x for x in items if x is o or (_allies(x, o) and (_beside_state(x) or _beside_state(o)
                                                               or is_unit_of(x, o)))]
    return min(side, key=lambda x: (named_at.get(x.key, x.start), x is not o)) if len(side) > 1 else o


def _state_of(o: Occurrence) -> str | None:
    """The country of a state force's occurrence: of its generic key ("acled:military-am-..."), of its dictionary
    entry, "" for a dictionary force of no recognised country (Artsakh's); None when not a state force."""
    if o.family not in STATE_FAMILIES:
        return None
    m = re.match(r"acled:(?:military|police)-([a-z]{2})\b", o.key)
    if m:
        return m.group(1).upper()
    entry = default_matcher().actors.get(o.key)
    return (entry.country or "") if entry is not None else None


def _foreign_force(o: Occurrence) -> tuple[str, str] | None:
    """(military or police, ISO code) of another country's state force."""
    if o.family != "external":
        return None
    m = re.match(r"acled:(military|police)-([a-z]{2})\b", o.key)
    return (m.group(1), m.group(2).upper()) if m else state_family(o.key)


def follow_foreign(occs: list[Occurrence], text: str, country: str | None) -> list[Occurrence]:
    """A bare "troops" or "the military" after one foreign country's troops were named ("Israeli troops fired
    ... stones thrown at troops"), with no troops of the event's country named, are those foreign troops."""
    foreign: dict[str, set[Occurrence]] = {}
    for o in occs:
        if (force := _foreign_force(o)) is not None:
            foreign.setdefault(force[0], set()).add(o)
    out = []
    for o in occs:
        owners = {_foreign_force(f) for f in foreign.get(o.family, ())}
        bare = _state_of(o) == country and not event_country.country_inside(text[o.start:o.end]) \
            and not event_country.countries_before(text, o.start) and not event_country.countries_after(text, o.end)
        named = [f for f in foreign.get(o.family, ()) if f.start < o.start]
        if len(owners) == 1 and bare and named and not any(
                x.family == o.family and _state_of(x) == country and x is not o and (
                    event_country.country_inside(text[x.start:x.end]) or event_country.countries_before(text, x.start))
                for x in occs):
            o = Occurrence(o.start, o.end, named[0].key, "external", o.role)
        out.append(o)
    return out


# a militia with no name of its own ("Unidentified Militia", "Unidentified Communal Militia"), and one a place or a
# people names ("Benue Communal Militia", "Fulani Ethnic Militia", "Twic Clan Militia")
_UNNAMED_MILITIA = re.compile(r"^acled:(?:unnamed_militia|(?:communal|ethnic|clan|tribal)-unidentified)-")
_NAMED_IDENTITY = re.compile(r"^acled:(?:communal|ethnic|clan|tribal)-(?!unidentified-)")
# a phrase that brings in a group of its own: "a local militia", "another militia", "rival militias" (men counted,
# "killed two militiamen", are the group's)
_NEW_GROUP = re.compile(r"\b(?:an?|another|other|rival)\s+(?:[\w-]+\s+){0,2}$", re.I)
_MEN = re.compile(r"m[ae]n$")  # "militiamen", "a militiaman": men of the group named, however introduced
# armed men with no name, told again with the definite article ("the armed men", "the gunmen"): the men named before
_ARMED_MEN = re.compile(r"(?:the\s+)?(?:armed\s+)?(?:men|gunmen|attackers|assailants|raiders)", re.I)
_TOLD_AGAIN = re.compile(r"\bthe\s+(?:armed\s+)?(?:men|gunmen|attackers|assailants|raiders)$", re.I)


def follow_identity(occs: list[Occurrence], text: str) -> list[Occurrence]:
    """A militia the event names without a name ("the militiamen", "killed two militiamen") after one identity
    militia of a place or a people was named ("a camp of Benue militiamen") is that militia: the same men, told
    again; so are armed men the definite article takes up ("armed men (assumed X communal militia) shot ... The
    armed men looted ..."). A phrase that brings in a group of its own ("a local militia", "rival militias") stays
    apart, and so does every one where the event names two identity militias. Unnamed men of a kin groups' fight
    are their militia first (``follow_kin_fight``), and a people written after a named group and a slash is that
    group (``slashed_names``)."""
    occs = follow_kin_fight(named_before_slash(occs, text), text)
    named = {o.key for o in occs if _NAMED_IDENTITY.match(o.key)}
    if len(named) != 1:
        return occs
    key = next(iter(named))
    first = min(o.start for o in occs if o.key == key)

    def same_men(o: Occurrence) -> bool:
        new_group = _NEW_GROUP.search(text, max(0, o.start - 30), o.start) and not _MEN.search(text, o.start, o.end)
        told_again = o.family == "unidentified" and _ARMED_MEN.fullmatch(text, o.start, o.end) is not None \
            and _TOLD_AGAIN.search(text, max(0, o.start - 4), o.end) is not None  # "... The armed men looted ..."
        return bool(_UNNAMED_MILITIA.match(o.key) or told_again) and o.start > first and not new_group

    return [Occurrence(o.start, o.end, key, o.family, o.role) if same_men(o) else o for o in occs]


# an unnamed kin group's militia the text gives by its fight or violence ("a tribal clash", "ethnic violence")
_UNNAMED_KIN_KEY = re.compile(r"^acled:(?:ethnic|clan|tribal)-unidentified-")
_KIN_FIGHT = re.compile(r"(?:clan|tribal|ethnic)(?:-based)?\s", re.I)


def follow_kin_fight(occs: list[Occurrence], text: str) -> list[Occurrence]:
    """Armed men with no name ("raiders", "gunmen": the unidentified armed group) in an event the text calls a fight
    or violence of unnamed kin groups ("believed to be ethnic violence", "a tribal clash") are those groups'
    militia ("Unidentified Ethnic Militia (X)"): the same men, told by what they did; the phrase of the fight is
    then no actor of its own. Where the event names no such men, or kin of two kinds, nothing changes."""
    kin = [o for o in occs if _UNNAMED_KIN_KEY.match(o.key) and _KIN_FIGHT.match(text, o.start)]
    men = [o for o in occs if o.family == "unidentified"]
    if not men or len({o.key for o in kin}) != 1:
        return occs
    key, family = kin[0].key, kin[0].family
    return [Occurrence(o.start, o.end, key, family, o.role) if o.family == "unidentified" else o
            for o in occs if o not in kin]


def _two_states(a: Occurrence, b: Occurrence) -> bool:
    """Two state forces of different countries (Armenia's and Azerbaijan's, whether or not either is the event
    country's), or the forces of two of one country's regions (Ethiopia's Afar and Somali special forces): two
    sides, not one."""
    ca, cb = _force_country(a), _force_country(b)
    return (ca is not None and cb is not None and ca != cb) or _two_regions(a, b)


def _two_regions(a: Occurrence, b: Occurrence) -> bool:
    ra, rb = regional_unit(a.key), regional_unit(b.key)
    return ra is not None and rb is not None and ra != rb


def _force_country(o: Occurrence) -> str | None:
    foreign = _foreign_force(o)
    return foreign[1] if foreign is not None else _state_of(o)


def _actor2(items: list[Occurrence], actor1: Occurrence | None, text: str = "") -> Occurrence | None:
    """ACLED's actor2: the first of the others (armed ones first when actor1 is armed) on another side."""
    agents = [o for o in items if o.role == "agent"]
    patients = [o for o in items if o.role == "patient"]
    neutral = [o for o in items if o.role == "neutral"]
    rest = [o for o in patients + neutral + agents if o is not actor1]
    armed = [o for o in rest if o.family not in ("civilians", "protesters", "rioters")]
    if actor1 is not None and actor1.family not in ("civilians", "protesters", "rioters") and armed:
        rest = armed + [o for o in rest if o not in armed]
    if actor1 is not None and actor1.family == "ethnic":
        # communities' militias fight each other: another community's is the other side before anyone else
        rest = sorted(rest, key=lambda o: o.family != "ethnic")
    actor2 = None
    for o in rest:
        if actor1 is None or (o.family != actor1.family and (not _allies(o, actor1) or _acted_on(o, actor1, text))) \
                or (o.family in ("rebels", "ethnic", "gang") and o.key != actor1.key) or _two_states(o, actor1):
            actor2 = o
            break
    return actor2


def _allies(a: Occurrence, b: Occurrence) -> bool:
    """A country's military and police named in one event act together: one side (ACLED's actor1 and its
    associated actor), not two; so do a state's forces and the foreign force that fights beside them (a private
    military company)."""
    ca, cb = _state_of(a), _state_of(b)
    if ca is not None and cb is not None:
        return ca == cb and not _two_regions(a, b)
    return (ca is not None and _beside_state(b)) or (cb is not None and _beside_state(a))


# the words from an actor to the object of its arrest, or of its looting ("arrested a", "looted money and belongings
# of"), in one clause: a state's force that arrests or robs another force's men acts on them, not beside them (its
# violence against them is not told so: an ally's fire hits its own men by mistake)
_ACT_ON = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:arrested|detained|disarmed|looted|robbed|stripped)\b"
                     r"(?:\s+[\w'’-]+){0,5}?\s+$")


def _acted_on(o: Occurrence, actor1: Occurrence, text: str) -> bool:
    """A force that would be ``actor1``'s ally but that the text names as the object of actor1's own act, right
    after it ("mercenaries detained an army captain", "police arrested two soldiers"): the other side, not
    actor1's associate."""
    return o.role == "patient" and actor1.role == "agent" and actor1.end < o.start \
        and _ACT_ON.match(text[actor1.end:o.start]) is not None


def _beside_state(o: Occurrence) -> bool:
    entry = default_matcher().actors.get(o.key)
    return o.family == "external" and entry is not None and bool(entry.beside_state)


def assign_roles(occs: list[Occurrence], backing: frozenset[str] = frozenset(),
                 text: str = "") -> list[tuple[str, str, str]]:
    """(key, role, family) of the event's actors: actor1, actor2, then associated actors; ``backing``: the keys of
    forces that only back another actor (``extract.backers``), associated with the first side unless no other
    actor is left; ``text``: the document the occurrences are spans of (``_acted_on``)."""
    if backing and any(o.key not in backing for o in occs):
        roles = assign_roles([o for o in occs if o.key not in backing], text=text)
        done = {k for k, _, _ in roles}
        return roles + [(o.key, "assoc_actor_1", o.family) for o in dict((o.key, o) for o in occs).values()
                        if o.key not in done]
    uniq: dict[str, Occurrence] = {}
    for o in occs:
        if o.key not in uniq or (uniq[o.key].role == "neutral" and o.role != "neutral"):
            uniq[o.key] = o
    items = list(uniq.values())
    named_at: dict[str, int] = {}
    for o in occs:
        named_at[o.key] = min(named_at.get(o.key, o.start), o.start)
    actor1 = _actor1(items, named_at)
    actor2 = _actor2(items, actor1, text)
    if actor1 is not None:
        actor1 = _first_named(actor1, [o for o in items if o is not actor2], named_at)
    if actor2 is not None:
        actor2 = _first_named(actor2, [o for o in items if o is not actor1], named_at)
    if actor1 is None and actor2 is None:
        return []
    out: list[tuple[str, str, str]] = []
    if actor1 is not None:
        out.append((actor1.key, "actor1", actor1.family))
    if actor2 is not None:
        out.append((actor2.key, "actor2", actor2.family))
    side1 = {actor1.family} if actor1 else set()
    for o in items:
        if o is actor1 or o is actor2:
            continue
        same = o.family in side1 or (o.family in STATE_FAMILIES | {"external", "militia"} and actor1 is not None
                                     and actor1.family in STATE_FAMILIES | {"external", "militia"})
        ally = actor1 is not None and _allies(o, actor1)
        out.append((o.key, "assoc_actor_1" if ally or (same and o.role != "patient") else "assoc_actor_2", o.family))
    return out


__all__ = ["assign_roles", "follow_foreign", "follow_identity", "follow_kin_fight"]
