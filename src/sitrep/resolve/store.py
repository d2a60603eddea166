"""What resolution reads from the knowledge base, as a protocol: the resolver never imports storage.

The orchestrator hands the resolver an object with these reads (``sitrep.kb.KnowledgeBase`` is one), inside the
transaction that will store the document, so what it reads cannot change before its answer is written.
"""

from __future__ import annotations

from typing import Any, Protocol

from sitrep.lexicon.gazetteer import Gazetteer


class ResolutionStore(Protocol):
    def entities_by_alias_keys(self, keys: list[str], type_: str | None = None,
                               limit: int | None = None) -> list[dict[str, Any]]:
        """Entities having any of the alias ``keys``, with the keys they matched."""

    def next_entity_number(self) -> int:
        """N of the next fresh entity id ``eN``."""

    def corrections(self) -> list[dict[str, Any]]:
        """Every recorded analyst correction, oldest first."""

    def events_between(self, start: str, end: str, event_type: str | None = None,
                       location_id: str | None = None) -> list[dict[str, Any]]:
        """Events dated in [start, end], with their actor ids; only those at ``location_id`` when given."""

    def gazetteer(self) -> Gazetteer:
        """The gazetteer the user imported into the base."""
