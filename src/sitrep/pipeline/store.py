"""Resolution and storage of one prepared document, in one transaction.

``store`` decides what the document is to the base (new, a changed version of a stored one, an exact copy, a
near-copy, or unchanged), then resolves its entities and events against the base (``sitrep.resolve``) and hands
the finished records to ``kb.writes``; as each relation is stored, the ends of the relations it may end or be
ended by are decided again by their dates (``resolve.relations.history``), whatever order they were read in.
The transaction is taken before the first read, so what resolution reads cannot change before its answer is
written, and a crash leaves the base as it was before the document. The change-log tags the writes note are written
once, at the end of the document (``kb.change_notes.batched``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sitrep.ingest import dedup
from sitrep.kb import KnowledgeBase, change_notes, reads, writes
from sitrep.kb.db import Database
from sitrep.kb.verdicts import refresh_reviews
from sitrep.records import Claim, IngestOutcome, PreparedDocument, RelationRecord, Resolution
from sitrep.resolve import resolve
from sitrep.resolve.relations import changes_nothing, history, partner_keys, touched
from sitrep.resolve.store import ResolutionStore

Resolver = Callable[[ResolutionStore, PreparedDocument], Resolution]


def store(kb: KnowledgeBase, prep: PreparedDocument, run_id: int | None, near_threshold: float,
          resolver: Resolver = resolve) -> IngestOutcome:
    """Store one prepared document, deciding whether it is new, changed or a copy; ``resolver`` maps its local
    entity keys to entities of the base (``sitrep.resolve.resolve``; ``dictionary_keys`` links dictionary actors
    only)."""
    with kb.db.transaction(), change_notes.batched(kb.db):
        return _store(kb, prep, run_id, near_threshold, resolver)


def restore(kb: KnowledgeBase, prep: PreparedDocument, run_id: int | None, resolver: Resolver = resolve) -> None:
    """Replace a stored document's extractions with ``prep``'s (same text, newer extractors)."""
    with kb.db.transaction(), change_notes.batched(kb.db):
        writes.replace_document(kb.db, prep, run_id)
        _write_resolved(kb, prep, run_id, resolver)


def _store(kb: KnowledgeBase, prep: PreparedDocument, run_id: int | None, near_threshold: float,
           resolver: Resolver) -> IngestOutcome:
    db, doc = kb.db, prep.doc
    row = reads.document_row(db, doc.id)
    if row is not None:
        if row["text_sha256"] == prep.text_key:
            writes.touch_source(db, doc.id, doc.source, doc.id)
            return IngestOutcome("unchanged", doc.id, doc.source)
        if row["source"] == doc.source:
            writes.replace_document(db, prep, run_id)
            _write_resolved(kb, prep, run_id, resolver)
            return IngestOutcome("updated", doc.id, doc.source)
        # another input of the same name: keep both, the new one under a suffixed id
        doc = replace(doc, id=f"{doc.id}~{prep.text_key[:8]}")
        prep = replace(prep, doc=doc)
        if reads.document_row(db, doc.id) is not None:
            writes.touch_source(db, doc.id, doc.source, doc.id)
            return IngestOutcome("unchanged", doc.id, doc.source)
    same = reads.document_with_text(db, prep.text_key)
    if same is not None:
        writes.touch_source(db, same, doc.source, doc.id)
        return IngestOutcome("duplicate", same, doc.source, duplicate_of=same, similarity=1.0)
    near_id, sim = _nearest(kb, prep, near_threshold)
    writes.insert_document(db, prep, run_id, near_id)
    _write_resolved(kb, prep, run_id, resolver)
    if near_id is not None:
        writes.link_near_duplicate(db, doc.id, near_id, sim)
        return IngestOutcome("near-duplicate", doc.id, doc.source, duplicate_of=near_id, similarity=sim)
    return IngestOutcome("added", doc.id, doc.source)


def _nearest(kb: KnowledgeBase, prep: PreparedDocument, threshold: float) -> tuple[str | None, float | None]:
    """The stored document ``prep`` is a near-copy of: LSH gives candidates, the exact shingle overlap decides."""
    best: tuple[float, str] | None = None
    for r in reads.near_candidates(kb.db, prep):
        s = dedup.jaccard(prep.doc.text, r["text"])
        if s >= threshold and (best is None or s > best[0]):
            best = (s, r["duplicate_of"] or r["id"])
    return (best[1], round(best[0], 3)) if best else (None, None)


def _write_resolved(kb: KnowledgeBase, prep: PreparedDocument, run_id: int | None, resolver: Resolver) -> None:
    """Resolve the document against the base and write its entities, annotations and extractions."""
    db, doc_id = kb.db, prep.doc.id
    res = resolver(kb, prep)
    writes.write_entities(db, doc_id, res, run_id)
    writes.write_annotations(db, doc_id, prep.annotations, res, run_id)
    ext, key = prep.extractions, res.keys.get
    ids: dict[str, list[str | None]] = {
        "event": [writes.write_event(db, doc_id, ev, res.same_event.get(i), key, run_id)
                  for i, ev in enumerate(ext.events)],
        "relation": [],
    }
    for rel in ext.relations:
        ids["relation"].append(_write_relation(kb, prep, rel, res, run_id))
    for cl in ext.claims:
        subject = _claim_subject(cl, res, ids)
        if subject is not None:
            writes.write_claim(db, doc_id, cl, subject, key(cl.attributed_to or ""))
    refresh_reviews(db, [doc_id])  # analysts' verdicts on what this document states hold through re-writes


def _write_relation(kb: KnowledgeBase, prep: PreparedDocument, rel: RelationRecord, res: Resolution,
                    run_id: int | None) -> str | None:
    """Store one relation between resolved entities and end the relations it supersedes; None when an end of it
    resolved to no entity."""
    key, db = res.keys.get, kb.db
    subject, obj = key(rel.subject), key(rel.object or "")
    if subject is None or (rel.object is not None and obj is None):
        return None
    rel_id = writes.write_relation(db, prep.doc.id, rel, subject, obj, key(rel.attributed_to or ""), run_id)
    redate_relations(db, rel_id)
    return rel_id


def redate_relations(db: Database, rel_id: str) -> None:
    """Decide again, by dates, the ends of the new relation ``rel_id`` and of every
    relation it may end: the history comes out the same whatever order the documents were read in. Only the
    relations sharing a ``partner_keys`` key with it are read, so the cost does not grow with all the relations of
    a much-named entity."""
    new = reads.relation_history(db, [(("id", rel_id),)])[0]
    if changes_nothing(new, lambda: reads.fact_has_end(db, new)):
        return  # a much-restated fact (hostile_to between two groups) is not read again at each statement
    near = reads.relation_history(db, partner_keys(new))
    decide = set(touched(near, rel_id))
    mine = [r for r in near if str(r["id"]) in decide]
    rows = reads.relation_history(db, [k for r in mine for k in partner_keys(r)])
    by_id = {str(r["id"]): r for r in rows}
    decided = history(rows, sorted(decide))
    changes = []
    for rel_id, got in decided.items():
        row = by_id[rel_id]
        if got is None and not row["superseded_by"]:
            continue  # open, or ended by its own text
        end, by = got if got is not None else (None, None)
        if (row["end_date"], row["superseded_by"]) != (end, by):
            changes.append((rel_id, end, by))
    writes.set_relation_ends(db, changes)


def _claim_subject(cl: Claim, res: Resolution, ids: dict[str, list[str | None]]) -> str | None:
    """A claim's subject in the base: an entity's id, or the id the document's n-th event/relation was stored as."""
    if cl.subject_kind == "entity":
        return res.keys.get(cl.subject)
    index = int(cl.subject) if cl.subject.isdigit() else -1
    found = ids[cl.subject_kind]
    return found[index] if 0 <= index < len(found) else None
