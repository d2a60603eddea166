"""ACLED's name for civilians of another nationality than the event country's.

A fact of ACLED's coding as its data show it: in its older data (events before 2019), civilians of a country outside
the event country's region ("a Russian tourist" in Egypt, "Russian company workers" in Algeria, an Italian-owned
tanker off Benin) are "Civilians (International)", while a neighbouring people's civilians ("Somali refugees" in
Kenya, "Kenyan civilians" abducted by Ethiopian forces) are named by their own country; from 2019 on, foreign
civilians are named by their own country ("Civilians (Russia)" in Angola, "Civilians (Senegal)" in Italy).
"""

from __future__ import annotations

from sitrep.lexicon import countries
from sitrep.lexicon.countries import word_index, word_pattern

INTERNATIONAL = "international"  # ``event_actors.INTERNATIONAL``
OWN_COUNTRY_FROM = "2019-01-01"  # the first event date of ACLED's naming foreign civilians by their country


def nationality(family: str, own: str | None, country: str | None, date: str | None, text: str) -> str | None:
    """The country ACLED names a generic actor of nationality ``own`` by in an event in ``country`` on ``date``:
    ``own`` itself, or ``INTERNATIONAL`` for civilians from outside the region before ``OWN_COUNTRY_FROM``. People
    of a country ``text`` names by its name (not only by a demonym) are not taken for foreigners: the country named
    may well be where it happens ("stormed the Cameroon people party")."""
    if family != "civilians" or not own or not country or own in (country, INTERNATIONAL) or not date \
            or date >= OWN_COUNTRY_FROM or own in _named(text):
        return own
    theirs, here = countries.country(own), countries.country(country)
    if theirs is None or here is None or theirs.region == here.region:
        return own
    return INTERNATIONAL


def _named(text: str) -> set[str]:
    """The countries ``text`` names by their names."""
    index = word_index()
    return {index[m.group()][0] for m in word_pattern().finditer(text) if index[m.group()][1] == "name"}


__all__ = ["nationality"]
