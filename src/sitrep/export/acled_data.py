"""What the ACLED export needs beyond the typology (``sitrep/data/acled/export.yaml``): outlets and their reach
(for ``source_scale``), and the codebook's generic actor1/actor2 per event type when the text names none.

The file is checked when loaded: an unknown key, reach, country code, event type or actor family, or an outlet
without a name, raises ``ExportDataError`` listing every problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from sitrep.extract.event_actors import typology
from sitrep.lexicon import yaml_data
from sitrep.lexicon.keys import fold

REACHES = ("international", "national", "subnational", "new_media")
_KEYS = {"name", "aliases", "domains", "country", "reach"}


class ExportDataError(ValueError):
    """The export data file is malformed; ``problems`` lists what is wrong."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("sitrep/data/acled/export.yaml: " + "; ".join(problems))


@dataclass(frozen=True)
class Outlet:
    name: str
    country: str | None
    reach: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportData:
    scales: tuple[str, ...]
    by_name: dict[str, Outlet]
    by_domain: dict[str, Outlet]
    unknown_actor: dict[str, dict[str, str]]  # role (actor1, actor2) -> event type -> generic actor family

    def find(self, outlet: str | None, url: str | None) -> Outlet | None:
        """The outlet of a document, by its outlet name or alias, else by its URL's host."""
        if outlet and (hit := self.by_name.get(fold(outlet))):
            return hit
        host = (urlsplit(url).hostname or "") if url else ""
        while host:
            if hit := self.by_domain.get(host):
                return hit
            host = host.partition(".")[2]
        return None


def _outlet(i: int, raw: Any, problems: list[str]) -> Outlet | None:
    where = f"outlets[{i}]"
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
        problems.append(f"{where}: needs a name")
        return None
    extra = set(raw) - _KEYS
    if extra:
        problems.append(f"{where} ({raw['name']}): unknown keys {sorted(extra)}")
    if raw.get("reach") not in REACHES:
        problems.append(f"{where} ({raw['name']}): reach must be one of {', '.join(REACHES)}")
    country = raw.get("country")
    if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
        problems.append(f"{where} ({raw['name']}): country must be an ISO 3166-1 alpha-2 code or null")
    lists = {k: raw.get(k) or [] for k in ("aliases", "domains")}
    for k, v in lists.items():
        if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
            problems.append(f"{where} ({raw['name']}): {k} must be a list of strings")
            lists[k] = []
    return Outlet(raw["name"], country, str(raw.get("reach")), tuple(lists["aliases"]),
                  tuple(d.lower() for d in lists["domains"]))


def _unknown_actors(data: dict[str, Any], problems: list[str]) -> dict[str, dict[str, str]]:
    t = typology()
    out: dict[str, dict[str, str]] = {}
    for role in ("actor1", "actor2"):
        rules = data.get(f"unknown_{role}") or {}
        if not isinstance(rules, dict):
            problems.append(f"unknown_{role} must map event types to generic actor families")
            continue
        for etype, family in rules.items():
            if etype not in t["event_types"]:
                problems.append(f"unknown_{role}: {etype!r} is not an ACLED event type")
            if family not in t["generic_actors"]:
                problems.append(f"unknown_{role}: {family!r} is not a generic actor of typology.yaml")
        out[role] = {str(k): str(v) for k, v in rules.items()}
    return out


def parse(data: Any) -> ExportData:
    """Check and index the export data file's content."""
    if not isinstance(data, dict) or not isinstance(data.get("outlets"), list):
        raise ExportDataError(["needs a list 'outlets'"])
    problems: list[str] = []
    scales = data.get("scales")
    if not isinstance(scales, list) or not all(isinstance(s, str) for s in scales):
        problems.append("'scales' must be a list of ACLED's source scale names")
        scales = []
    by_name: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    for i, raw in enumerate(data["outlets"]):
        o = _outlet(i, raw, problems)
        if o is None:
            continue
        for n in (o.name, *o.aliases):
            if fold(n) in by_name and by_name[fold(n)] is not o:
                problems.append(f"outlets[{i}] ({o.name}): name {n!r} already names {by_name[fold(n)].name}")
            by_name[fold(n)] = o
        by_domain.update(dict.fromkeys(o.domains, o))
    unknown = _unknown_actors(data, problems)
    if problems:
        raise ExportDataError(problems)
    return ExportData(tuple(scales), by_name, by_domain, unknown)


@lru_cache(maxsize=1)
def export_data() -> ExportData:
    text = resources.files("sitrep").joinpath("data", "acled", "export.yaml").read_text(encoding="utf-8")
    return parse(yaml_data.load(text))


def scale_of(o: Outlet, country: str | None, region_of: dict[str, str]) -> str | None:
    """ACLED's scale of one outlet for an event in ``country`` (alpha-2); None when it cannot be told."""
    if o.reach == "new_media":
        return "New media"
    if o.reach == "international" or (o.country and country and o.country != country
                                      and not (region_of.get(o.country) and
                                               region_of.get(o.country) == region_of.get(country))):
        return "International"
    if o.country and country and o.country != country:
        return "Regional"
    if o.country and o.country == country:
        return "National" if o.reach == "national" else "Subnational"
    return None


def source_scale(found: list[Outlet], country: str | None, region_of: dict[str, str]) -> str:
    """The event's ``source_scale``: each known scale once, in ACLED's order, joined by ``-``
    (``National-International``); empty when no source's scale is known."""
    known = {s for o in found if (s := scale_of(o, country, region_of))}
    order = export_data().scales
    return "-".join(s for s in order if s in known)
