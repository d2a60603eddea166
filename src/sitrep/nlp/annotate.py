"""The language stage as a plain function: ``Document -> Annotations``.

Stateless apart from read-only resources loaded once per process (the dictionaries, the gazetteer, the NER
model), so it runs the same in one process, a pool or a Dask worker. Mentions are found in order of confidence,
each step leaving alone the spans an earlier one took: dictionary actors, places (administrative words, the
gazetteer's known names), regions no gazetteer places ("the Sahel", "Lake Chad"), then people and organisations
named with titles, roles and verbs of saying or found by sitrep's statistical NER
(``sitrep.nlp.model.load_ner``; the rules win where both found a name), names listed among known ones, then
aliases defined inline; attributions last.
"""

from __future__ import annotations

from dataclasses import replace

from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.nlp import attribution, coref, matcher, names, places, region_names
from sitrep.nlp.model import LAZY_NER, ner_version
from sitrep.nlp.place_country import document_country
from sitrep.nlp.sentences import split_sentences
from sitrep.nlp.timex import find_timexes
from sitrep.records import Annotations, Document, Mention, TimeExpression
from sitrep.spans import sentence_at

TIMEX_EXTRACTOR = "timex-rules"
TIMEX_VERSION = "timex-0.1"
SENTENCES_VERSION = "sentences-0.2"


def versions() -> dict[str, str]:
    return {matcher.EXTRACTOR: matcher.VERSION, TIMEX_EXTRACTOR: TIMEX_VERSION, names.EXTRACTOR: names.VERSION,
            "sentences": SENTENCES_VERSION, "attribution": "attribution-0.1", "coref": coref.VERSION,
            places.EXTRACTOR: places.VERSION, region_names.EXTRACTOR: region_names.VERSION,
            names.MODEL_EXTRACTOR: ner_version()}


def annotate(doc: Document) -> Annotations:
    """Sentences, names of actors, people and organisations, and normalized time expressions in ``doc.text``."""
    text = doc.text
    sentences = tuple(split_sentences(text))
    found, open_ = matcher.default_matcher().find_all(text)
    actors = [_in_sentence(m, sentences) for m in found]
    found_places = places.find_places(text, sentences, actors=actors)
    if open_:  # an ambiguous name (ASWJ) the country of the document's places may settle
        country = document_country([m.text for m in found_places], default_gazetteer())
        if country is not None:
            again = [_in_sentence(m, sentences) for m in matcher.default_matcher().find(text, country)]
            if len(again) > len(actors):
                actors, found_places = again, places.find_places(text, sentences, actors=again)
    regions, found_places = region_names.find_regions(text, sentences, [(m.start, m.end) for m in actors],
                                                      found_places)
    mentions = actors + found_places + regions
    mentions += region_names.find_countries(text, sentences, [(m.start, m.end) for m in mentions])
    mentions += names.find_names(text, sentences, [(m.start, m.end) for m in mentions], model=LAZY_NER)
    listed = names.find_list_members(text, mentions, sentences)
    mentions = names.settle_model_names(text, mentions, listed) + listed
    defined, remap = names.find_definitions(text, mentions, sentences)
    mentions = _remapped(mentions + defined, remap)
    mentions = coref.claim_family_names(text, mentions)
    acronyms, remap = coref.join_acronyms(text, mentions, sentences)
    mentions = _remapped(mentions + acronyms, remap)
    heads, remap = coref.join_head_words(text, mentions, sentences)
    mentions = _remapped(mentions + heads, remap)
    timexes = tuple(
        TimeExpression(start=t.start, end=t.end, text=t.text, value=t.value, precision=t.precision,
                       extractor=TIMEX_EXTRACTOR, version=TIMEX_VERSION, anchor=doc.published)
        for t in find_timexes(text, doc.published)
    )
    ordered = tuple(sorted(mentions, key=lambda m: m.start))
    return Annotations(mentions=ordered, timexes=timexes, sentences=sentences,
                       attributions=tuple(attribution.find_attributions(text, sentences, ordered)))


def _remapped(mentions: list[Mention], remap: dict[str, str]) -> list[Mention]:
    """The mentions with their entity keys renamed by ``remap`` (the same mentions when it renames nothing)."""
    if not remap:
        return mentions
    return [replace(m, entity_key=remap.get(m.entity_key or "", m.entity_key)) for m in mentions]


def _in_sentence(m: Mention, sentences: tuple[tuple[int, int], ...]) -> Mention:
    sent = sentence_at(sentences, m.start)
    return m if sent is None else replace(m, sent_start=sent[0], sent_end=sent[1])
