"""Shared knowledge: name keys, the embedded gazetteer, the dictionaries."""
