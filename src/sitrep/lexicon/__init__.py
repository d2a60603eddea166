"""Shared knowledge of names and places: the bottom layer above ``records``/``errors``/``settings``.

``keys`` folds names into lookup keys, ``gazetteer`` holds the place records and the embedded default
gazetteer, ``gazetteer_files`` reads gazetteer files (GeoNames, CSV, GeoJSON), ``dictionaries`` and
``dictionary_schema`` load and validate the curated actor/title/role dictionaries. Nothing here imports
from sitrep beyond ``records``, ``errors``, ``settings`` and this package.
"""
