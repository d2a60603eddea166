"""A site named after its town: "Djibouti International Airport", "the Addis Ababa Stadium", "Haramaya University".
The site lies in the town its leading words name; ACLED codes an event at the site to that town."""

from __future__ import annotations

import re

from sitrep.lexicon.feature_words import feature_words

# the last words of a site's name: what kind of site it is
_SITE_LAST = re.compile(r"\s(?:International\s+)?(?:Airport|Airbase|Air\s+Base|Stadium|University|College|Hospital|"
                        r"Prison|Court|Courthouse|Market|Port|Seaport|Harbou?r|Station|Cathedral|Mosque|Town\s+Hall|"
                        r"City\s+Hall|Office)$")


def site_heads(name: str) -> list[str]:
    """The names a site's name may begin with, longest first ("Addis Ababa Stadium": "Addis Ababa", "Addis"); none
    for a name that is no site's."""
    site = _SITE_LAST.search(name)
    if site is None:
        return []
    words = name[:site.start()].split()
    return [h for k in range(len(words), 0, -1) if (h := " ".join(words[:k]))[:1].isupper()]


# two capitalized words, the first a city's name: a quarter of that city ("Balbala Hayabley")
_TOWN_FIRST = re.compile(r"([A-Z][\w'’-]{3,})\s+([A-Z][\w'’-]+)")


def quarter_head(name: str) -> str | None:
    """The city a two-word name no gazetteer knows may be a quarter of ("Balbala Hayabley": Balbala), or None; none
    for a landmark or feature named after the city (``feature_words``: "the Mosul Dam", "the Kabul River")."""
    m = _TOWN_FIRST.fullmatch(name)
    return m.group(1) if m and m.group(2) not in feature_words() else None


__all__ = ["quarter_head", "site_heads"]
