"""The knowledge base: the only package of sitrep that speaks SQL (see ``kb.db``)."""

from sitrep.kb.base import KnowledgeBase

__all__ = ["KnowledgeBase"]
