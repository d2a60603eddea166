"""The per-document stages, chained: ``RawItem`` -> ``Document`` -> ``Annotations`` -> ``Extractions``.

``prepare`` cleans one input (``ingest.document``), computes its duplicate-detection keys (``ingest.dedup``),
annotates it (``nlp.annotate``) and extracts from it (``extract``). Nothing here touches the knowledge base or
holds state beyond read-only resources loaded once per process, so one process, a pool or Dask workers run the
same code and hand the result, a ``PreparedDocument``, to ``pipeline.store``.
"""

from __future__ import annotations

from sitrep.extract import extract
from sitrep.ingest import dedup
from sitrep.ingest.document import to_document
from sitrep.nlp.annotate import annotate
from sitrep.records import Document, PreparedDocument, RawItem


def prepare(item: RawItem) -> PreparedDocument:
    """Clean ``item`` and prepare it for storage; raises ``SitrepError`` (E401) when no text is left."""
    return prepare_document(to_document(item))


def prepare_document(doc: Document) -> PreparedDocument:
    """Duplicate-detection keys, annotations and extractions of a cleaned document."""
    sig = dedup.signature(doc.text)
    bands = tuple(dedup.band_keys(sig)) if sig is not None else ()
    ann = annotate(doc)
    return PreparedDocument(doc=doc, text_key=dedup.text_key(doc.text), minhash=dedup.to_blob(sig), bands=bands,
                            annotations=ann, extractions=extract(doc, ann))
