"""Attribution and certainty cues on invented sentences."""

from __future__ import annotations

import re

import pytest

from sitrep.nlp.attribution import find_attributions, split_sentences, stance
from sitrep.records import Attribution, Mention

NAMES = {
    "Taliban": ("taliban", "armed_group"),
    "Islamic State": ("islamic-state", "armed_group"),
    "Zabihullah Mujahid": ("doc:person:zabihullah mujahid", "person"),
    "Abdul Basir": ("doc:person:abdul basir", "person"),
    "Kunduz": ("doc:location:kunduz", "location"),
}


def attributions(text: str) -> list[Attribution]:
    mentions = [Mention(start=m.start(), end=m.end(), text=s, type=kind, extractor="t", version="0", entity_key=key)
                for s, (key, kind) in NAMES.items() for m in re.finditer(re.escape(s), text)]
    return find_attributions(text, split_sentences(text), mentions)


def one(text: str) -> tuple[str, str, str | None, str | None]:
    (a,) = attributions(text)
    return a.cue, a.certainty, a.source, a.source_text


@pytest.mark.parametrize("text,expected", [
    ("Five soldiers were killed, local officials said.", ("said", "reported", None, "local officials")),
    ("The Taliban said in a statement that their fighters had pulled back.",
     ("said", "reported", "taliban", "The Taliban")),
    ("The road was closed, said Abdul Basir, a police spokesman in Kunduz.",
     ("said", "reported", "doc:person:abdul basir", "Abdul Basir, a police spokesman in Kunduz")),
    ("The post was abandoned, according to Abdul Basir.",
     ("according to", "reported", "doc:person:abdul basir", "Abdul Basir")),
    ("Abdul Basir told reporters the post was abandoned.",
     ("told", "reported", "doc:person:abdul basir", "Abdul Basir")),
    ("The Taliban claimed responsibility for the attack.",
     ("claimed responsibility", "claimed", "taliban", "The Taliban")),
    ("A spokesman for the Taliban, Zabihullah Mujahid, said the convoy was hit.",
     ("said", "reported", "doc:person:zabihullah mujahid", "A spokesman for the Taliban, Zabihullah Mujahid")),
    ("Zabihullah Mujahid, a spokesman for the Taliban, said the group would fight on.",
     ("said", "reported", "doc:person:zabihullah mujahid", "Zabihullah Mujahid, a spokesman for the Taliban")),
    ("The Taliban denied any role in the bombing.", ("denied", "denied", "taliban", "The Taliban")),
    ("A spokesman for the Kunduz governor said the road was open.",
     ("said", "reported", None, "A spokesman for the Kunduz governor")),
])
def test_speech_cues_and_speakers(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize("text,cue,certainty", [
    ("The commander had reportedly fled to Pakistan.", "reportedly", "reported"),
    ("There were unconfirmed reports of a second blast.", "unconfirmed reports", "unconfirmed"),
    ("The commander is rumoured to have died.", "is rumoured", "unconfirmed"),
    ("He is believed to have joined the group.", "is believed to", "unconfirmed"),
    ("The men allegedly smuggled weapons.", "allegedly", "alleged"),
    ("The group plans to open an office in the city.", "plans to", "planned"),
])
def test_hedges(text: str, cue: str, certainty: str) -> None:
    (a,) = attributions(text)
    assert (a.cue, a.certainty, a.source, a.start, a.end) == (cue, certainty, None, 0, len(text))


def test_no_cue_no_attribution() -> None:
    assert attributions("Fighters attacked a checkpoint in Kunduz on Friday.") == []


def test_he_said_takes_the_previous_speaker() -> None:
    text = ("Abdul Basir said the post had fallen. Two policemen were missing, he said.")
    atts = attributions(text)
    assert [(a.source, a.source_text) for a in atts] == [("doc:person:abdul basir", "Abdul Basir"),
                                                         ("doc:person:abdul basir", "he")]
    assert text[atts[1].start:atts[1].end] == "Two policemen were missing, he said."


def test_multi_sentence_quote_and_its_continuation() -> None:
    text = ('Zabihullah Mujahid spoke by phone. "We took the base. We lost no one," Zabihullah Mujahid said. '
            '"The fight goes on." Officials disputed that.')
    atts = [a for a in attributions(text) if a.source == "doc:person:zabihullah mujahid"]
    spans = [text[a.start:a.end] for a in atts]
    assert spans == ['"We took the base. We lost no one," Zabihullah Mujahid said.', '"The fight goes on."']


def test_unverifiable_claim_covers_the_sentence_before() -> None:
    text = "The Taliban said they killed 30 soldiers. The claim could not be independently verified."
    atts = attributions(text)
    unconf = [a for a in atts if a.certainty == "unconfirmed"]
    assert [(a.start, a.end) for a in unconf] == [(0, len(text))]
    assert stance(text, atts, text.index("killed")) == ("unconfirmed", "taliban")


def test_if_confirmed_and_negated_denial() -> None:
    text = "His death, if confirmed, would be a blow."
    assert [(a.cue, a.certainty) for a in attributions(text)] == [("if confirmed", "unconfirmed")]
    assert attributions("Officials have neither endorsed nor rejected the deal.") == []


def test_stance_ranks_and_scopes_denials() -> None:
    text = "Abdul Basir denied that the Taliban took the town."
    atts = attributions(text)
    assert stance(text, atts, text.index("took")) == ("denied", "doc:person:abdul basir")
    text2 = "Abdul Basir, who joined the police, denied the report."
    assert stance(text2, attributions(text2), text2.index("joined")) == ("asserted", None)
    assert stance("Nothing here.", [], 3) == ("asserted", None)


def test_split_sentences_fallback_shape() -> None:
    text = "One sentence here. Another one follows."
    assert [text[s:e] for s, e in split_sentences(text)] == ["One sentence here.", "Another one follows."]


def test_asked_again_for_the_same_document_it_answers_the_same() -> None:
    text = "Police said two men were arrested in Kunduz. The Taliban reportedly denied any role."
    first = attributions(text)
    assert first and attributions(text) == first
    first.clear()  # a caller's list is its own: the answer kept is not changed
    assert attributions(text) != []
    other = "Gunmen allegedly attacked a checkpoint in Kunduz."
    assert [a.cue for a in attributions(other)] == ["allegedly"]
    mentions = [Mention(start=0, end=6, text="Gunmen", type="person", extractor="t", version="0", entity_key="g")]
    assert find_attributions(other, split_sentences(other), mentions) != [] and attributions(text) != []
