"""Read-only queries analysts ask of the knowledge base (mixed into ``KnowledgeBase``)."""

from __future__ import annotations

import sqlite3


class Queries:
    """Query methods of ``KnowledgeBase``; they only read, through ``self.conn``."""

    conn: sqlite3.Connection
