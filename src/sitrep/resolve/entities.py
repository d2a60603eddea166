"""Entity resolution across documents.

A dictionary key is its own entity id. Any other local key ("doc:person:qari
hekmat") is matched against the base through blocking keys of its names (the
alias key; for people also the name without strippable titles and the family
name), never by comparing every pair, and joins an entity of the same type
when the evidence is clear:

- the same name (alias key), or the same name once ranks and honorifics are
  set aside ("Gen. John Nicholson" ~ "John Nicholson");
- for people, a lone family name and exactly one known person who carries it
  ("Nicholson" ~ "John Nicholson"); two multi-word names are one only when
  equal, so "Baz Mohammad" stays apart from "Baz Mohammad Dawar".

Otherwise it becomes a new entity. Every merge keeps its reasons.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from typing import Any

from sitrep.lexicon.dictionaries import load_titles
from sitrep.lexicon.keys import KEY_CACHE, alias_key, normalize_key, translit_key
from sitrep.nlp.matcher import default_matcher
from sitrep.records import Mention, PreparedDocument, Resolution, ResolvedEntity
from sitrep.resolve.corrections import Constraints, constraints
from sitrep.resolve.store import ResolutionStore


def dictionary_name(key: str, name: str) -> tuple[str, tuple[str, ...]]:
    """The name a dictionary actor's entity carries and the names it keeps as aliases: ACLED's actor name (the
    entry's, else its nearest ancestor's: the name conflict data knows it by, "PKK: Kurdistan Workers Party"),
    with the dictionary's own name ("Kurdistan Workers' Party") as an alias; the dictionary's name where ACLED's
    is not known."""
    actors = default_matcher().actors
    acled = actors.acled_name_for(key) if actors.get(key) is not None else None
    if not acled or acled == name:
        return name, ()
    return acled, (name,)


@lru_cache(maxsize=KEY_CACHE)  # the same names in every document; the shipped titles do not change
def bare_name(name: str) -> str:
    """A person's name without strippable titles, as an alias key: "Gen. John Nicholson" -> "john nicholson"."""
    return alias_key(normalize_key(load_titles().split_name(name)[1]))


def blocking_keys(name: str, type_: str) -> list[str]:
    return list(_blocking_keys(name, type_))


@lru_cache(maxsize=KEY_CACHE)  # asked of each name of a document several times, and of the same names again
def _blocking_keys(name: str, type_: str) -> tuple[str, ...]:
    keys = [alias_key(name), alias_key(normalize_key(name))]
    if type_ == "person":
        bare = bare_name(name)
        keys += [bare, "surname:" + bare.split()[-1]] if bare else []
    if len(tr := translit_key(bare_name(name) if type_ == "person" else name)) >= 3:
        keys.append("tr:" + tr)
    return tuple(dict.fromkeys(k for k in keys if k))


def resolve_entities(kb: ResolutionStore, prep: PreparedDocument) -> Resolution:
    rules = constraints(kb)
    res = _resolve(kb, prep, rules)
    return _apply_redirects(res, rules) if rules.redirects else res


def _apply_redirects(res: Resolution, rules: Constraints) -> Resolution:
    """Entities an analyst merged away stand for the entity kept."""
    out = Resolution(keys={k: rules.target(v) for k, v in res.keys.items()}, same_event=res.same_event,
                     by_text={k: rules.target(v) for k, v in res.by_text.items()})
    for e in res.entities:
        target = rules.target(e.id)
        out.entities.append(e if target == e.id else replace(e, id=target, new=False,
                                                             reasons=(*e.reasons, "analyst merge")))
    return out


def _resolve(kb: ResolutionStore, prep: PreparedDocument, rules: Constraints) -> Resolution:
    res = Resolution()
    fresh = kb.next_entity_number()
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in prep.annotations.mentions:
        if m.entity_key:
            by_key[m.entity_key].append(m)
    for ref in prep.extractions.entities:
        res.keys[ref.key] = ref.key
        attrs: dict[str, object] = {"acled_name": ref.acled_name} if ref.acled_name else {}
        res.entities.append(ResolvedEntity(id=ref.key, type=ref.type, name=ref.name, new=True, country=ref.country,
                                           attrs=attrs))
    for key, mentions in by_key.items():
        names = tuple(dict.fromkeys(m.text for m in mentions))
        first = mentions[0]
        if not key.startswith("doc:"):  # a dictionary actor: its key is its id, but a name split off stays split
            res.keys[key] = key
            name, common = dictionary_name(key, first.name or first.text)
            res.entities.append(ResolvedEntity(id=key, type=first.type, name=name, new=True,
                                               aliases=_unsplit(key, tuple(dict.fromkeys((*common, *names))), rules,
                                                                res)))
            continue
        canonical = first.name or max(names, key=len)
        split = [n for n in names if alias_key(n) in rules.forced]
        for n in split:  # a name an analyst split off joins the entity the split made
            res.by_text[(key, alias_key(n))] = rules.forced[alias_key(n)]
        names = tuple(n for n in names if n not in split)
        if not names:
            res.keys[key] = rules.forced[alias_key(split[0])]
            continue
        match, reasons = _best_match(kb, canonical, names, first.type, rules)
        if match is not None:
            res.keys[key] = match["id"]
            res.entities.append(ResolvedEntity(id=match["id"], type=match["type"], name=match["name"], new=False,
                                               aliases=_with_keys(names, first.type), reasons=reasons))
        else:
            new_id, fresh = f"e{fresh}", fresh + 1
            res.keys[key] = new_id
            res.entities.append(ResolvedEntity(id=new_id, type=first.type, name=canonical, new=True,
                                               aliases=_with_keys(names, first.type)))
    return res


def _unsplit(key: str, names: tuple[str, ...], rules: Constraints, res: Resolution) -> tuple[str, ...]:
    """The names of dictionary actor ``key`` less those an analyst split off it (they join the split's entity)."""
    kept = []
    for n in names:
        k = alias_key(n)
        if (key, k) in rules.blocked and k in rules.forced:
            res.by_text[(key, k)] = rules.forced[k]
        else:
            kept.append(n)
    return tuple(kept)


def _with_keys(names: tuple[str, ...], type_: str) -> tuple[str, ...]:
    """The names as written; for a person also the title-free name and, as a blocking key, the family name."""
    extra = [load_titles().split_name(n)[1] for n in names] if type_ == "person" else []
    blocking = {k for n in names for k in blocking_keys(n, type_) if k.startswith(("surname:", "tr:"))}
    return tuple(dict.fromkeys([*names, *extra, *sorted(blocking)]))


def _same_shape(a: str, b: str, type_: str) -> bool:
    """Spelling variants of one name: for people the same number of words; the same first letter."""
    a, b = (bare_name(a), bare_name(b)) if type_ == "person" else (normalize_key(a), normalize_key(b))
    return bool(a) and bool(b) and a[0] == b[0] and (type_ != "person" or len(a.split()) == len(b.split()))


def _best_match(kb: ResolutionStore, canonical: str, names: tuple[str, ...], type_: str,
                rules: Constraints) -> tuple[dict[str, Any] | None, tuple[str, ...]]:
    keys = list(dict.fromkeys(k for n in (canonical, *names) for k in blocking_keys(n, type_)))
    # each rule asks "exactly one or not": a block is read up to a few more than the pairs kept apart could hide,
    # so a crowded family name costs the same in a base of 100,000 entities as in one of 1,000
    cap = 2 + len(rules.blocked)

    def block(kind: str, limit: int | None = None) -> list[dict[str, Any]]:
        ks = [k for k in keys if (k.startswith(kind) if kind else not k.startswith(("surname:", "tr:")))]
        return [e for e in kb.entities_by_alias_keys(ks, type_, limit)
                if not any((e["id"], alias_key(n)) in rules.blocked for n in names)] if ks else []

    exact = block("", cap)
    if len(exact) == 1:
        return exact[0], tuple(f"same name: {k}" for k in exact[0]["matched"] if not k.startswith(("surname:", "tr:")))
    if exact:
        return None, ()  # two known entities answer to this name: keep it apart rather than guess
    spelled = [e for e in block("tr:") if _same_shape(e["name"], canonical, type_)]
    if len(spelled) == 1:
        return spelled[0], (f"spelling variant: {spelled[0]['name']} ~ {canonical}",)
    if type_ != "person":
        return None, ()
    by_surname = block("surname:", cap)
    mine = {len(bare_name(n).split()) for n in (canonical, *names) if bare_name(n)}
    single = [e for e in by_surname if mine == {1} or len(bare_name(e["name"]).split()) == 1]
    if len(single) == 1 and len(by_surname) == 1:
        return single[0], (f"family name: {bare_name(canonical).split()[-1]}",)
    return None, ()
