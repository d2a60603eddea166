"""Settings, declared once: name, default, environment variable and help.

The CLI and the Python API both read them from here (as datasette does).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    env: str
    help: str


TRUE_WORDS = frozenset({"1", "true", "yes", "on"})

SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("db", "sitrep.db", "SITREP_DB", "the knowledge base: a SQLite file, or a postgresql:// URL"),
        Setting("lock_wait", "30", "SITREP_LOCK_WAIT",
                "seconds to wait for another writer to finish with the knowledge base before giving up (exit 3)"),
        Setting("max_input_mb", "50", "SITREP_MAX_INPUT_MB",
                "largest input in MB: a file read whole, and each record however it comes (a JSON Lines line,"
                " a .json list element)"),
        Setting("fetch_timeout", "20", "SITREP_FETCH_TIMEOUT",
                "deadline in seconds for fetching one URL or feed item in all (redirects and body included)"),
        Setting("max_fetch_mb", "20", "SITREP_MAX_FETCH_MB",
                "largest page or feed fetched, in MB, both as received and once decompressed"),
        Setting("fetch_private", "0", "SITREP_FETCH_PRIVATE",
                "1 to let URLs, redirects and feed links reach loopback, private, link-local and other"
                " non-public addresses (your own intranet feed); 0 refuses them"),
        Setting("user_agent", "sitrep/0.1 (+offline-first conflict news reader)", "SITREP_USER_AGENT",
                "User-Agent sent when the user gives a URL or feed"),
        Setting("doc_timeout", "120", "SITREP_DOC_TIMEOUT",
                "CPU seconds one document may take to clean, annotate and extract before it is skipped (0: no limit)"),
        Setting("relation_syntax", "0", "SITREP_RELATION_SYNTAX",
                "1 to also read relations through the shipped parser's dependency patterns (where the surface"
                " patterns relate nothing); loads the parser on first need, about 5 s and 70 MB per process"),
        Setting("near_duplicate", "0.6", "SITREP_NEAR_DUPLICATE",
                "Jaccard similarity of word 5-gram shingles from which two documents (80+ words) are near-copies"),
        Setting("cache_dir", "", "SITREP_CACHE_DIR",
                "folder of the start-up caches (gazetteer index, parsed dictionaries), built on first use and keyed"
                " by the code's version; default $XDG_CACHE_HOME/sitrep or ~/.cache/sitrep; off: none"),
        Setting("geonames_url", "https://download.geonames.org/export/dump", "SITREP_GEONAMES_URL",
                "where `sitrep gazetteer download` fetches GeoNames country dumps"),
        Setting("geoboundaries_url", "https://www.geoboundaries.org/api/current/gbOpen", "SITREP_GEOBOUNDARIES_URL",
                "where `sitrep gazetteer download` asks the geoBoundaries API for ADM1/ADM2 polygons"),
        Setting("serve_ro_token", "", "SITREP_SERVE_RO_TOKEN",
                "`sitrep serve`: the token that lets a browser or client read (needed to bind beyond loopback)"),
        Setting("serve_rw_token", "", "SITREP_SERVE_RW_TOKEN",
                "`sitrep serve`: the token that lets a browser or client read and correct (needed to bind beyond"
                " loopback)"),
        Setting("serve_max_body_kb", "64", "SITREP_SERVE_MAX_BODY_KB",
                "`sitrep serve`: largest request body in KB; a larger one is refused (413)"),
    )
}


def get(name: str) -> str:
    """The value of a setting: its environment variable if set, else its default."""
    s = SETTINGS[name]
    return os.environ.get(s.env) or s.default


def get_bool(name: str) -> bool:
    """A yes/no setting: ``1``, ``true``, ``yes`` or ``on`` (any case) is yes, anything else no."""
    return get(name).strip().lower() in TRUE_WORDS


def get_float(name: str) -> float:
    try:
        return float(get(name))
    except ValueError:
        return float(SETTINGS[name].default)
