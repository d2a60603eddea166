"""The place spans kept for the next question about a text: given again only when the rules would find them again."""

from __future__ import annotations

from sitrep.nlp import places
from sitrep.nlp.place_memo import AskedSpans, SpansMemo
from sitrep.nlp.places import place_spans
from sitrep.nlp.sentences import split_sentences
from sitrep.records import Mention

TEXT = ("Gunmen attacked a checkpoint in Darzab district of Jowzjan province on Monday, said Abdul Rahim Wardak, "
        "a spokesman. Another attack near Qush Tepa killed two. Fighting also broke out in Kandahar city.")


def _actor(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start=start, end=start + len(name), text=name, type="person", extractor="test", version="0")


def _fresh(text: str, actors: list[Mention]) -> list[places.PlaceSpan]:
    """What the rules find with nothing kept."""
    taken = [(m.start, m.end) for m in actors if m.type != "location"]
    return places._place_spans(text, tuple(split_sentences(text)), AskedSpans(taken))


def test_kept_spans_are_those_the_rules_find_again() -> None:
    sents = tuple(split_sentences(TEXT))
    first = place_spans(TEXT, sents, [])
    assert [s.name for s in first][:2] == ["Darzab", "Jowzjan"]
    # an actor away from every place: the kept answer, the same as found afresh
    person = [_actor(TEXT, "Abdul Rahim Wardak")]
    assert place_spans(TEXT, sents, person) == _fresh(TEXT, person) == first
    # an actor over a place name: found again, without it
    over = [_actor(TEXT, "Kandahar")]
    again = place_spans(TEXT, sents, over)
    assert again == _fresh(TEXT, over) and "Kandahar" not in [s.name for s in again]
    # other sentences (another key): found afresh
    assert place_spans(TEXT, ((0, len(TEXT)),), []) == places._place_spans(TEXT, ((0, len(TEXT)),), AskedSpans([]))


def test_memo_checks_every_question_and_keeps_the_last_few() -> None:
    memo: SpansMemo[str] = SpansMemo(size=2)
    asked = AskedSpans([(10, 20)])
    assert asked.overlaps(0, 5) is False and asked.overlaps(15, 25) is True
    memo.put("a", "found", asked)
    assert memo.get("a", [(12, 18)]) == "found"  # same answers: (0, 5) free, (15, 25) taken
    assert memo.get("a", [(3, 4), (12, 18)]) is None  # (0, 5) now taken
    assert memo.get("a", []) is None  # (15, 25) now free
    memo.put("b", "b", AskedSpans([]))
    memo.put("c", "c", AskedSpans([]))
    assert memo.get("a", [(12, 18)]) is None and memo.get("c", []) == "c"  # the oldest went
