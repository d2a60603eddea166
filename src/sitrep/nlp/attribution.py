"""Attribution and certainty: who the text says made a statement, and how sure the statement is.

Rules over the words of each sentence, no model:

* **Speech cues** name a speaker: "…, local officials said", "said Abdul Wahid, a spokesman for the
  police", "according to the district police chief, Ahmad Wali", "Saeedi told The Ledger",
  "a spokesman for the Taliban, Zabihullah Mujahid, said", "the group said in a statement",
  "ISKP claimed responsibility", "the Taliban denied …". "he said" after a quote takes the speaker of
  the previous attribution. A quote running over several sentences is covered from its opening
  quote mark, and a quote that follows an attributed quote continues it.
* **Hedges** have no speaker: reportedly, unconfirmed reports, could not be verified, rumoured,
  believed to, allegedly, suspected, plans to, …

Each cue maps to a spec §2 certainty (``reported``, ``claimed``, ``alleged``, ``unconfirmed``,
``denied``, ``planned``); a statement no cue covers is ``asserted``. :func:`stance` combines the
attributions covering one position of the text into one certainty and one speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.lexicon.first_chars import opened
from sitrep.nlp.sentences import split_sentences as _layer_sentences
from sitrep.records import Attribution, Mention
from sitrep.spans import within

# strongest first: a statement covered by several cues takes the first of these
CERTAINTY_ORDER = ("denied", "planned", "unconfirmed", "alleged", "claimed", "reported", "asserted")
SPEAKER_TYPES = frozenset({"person", "armed_group", "state_force", "government", "organization"})
_RANK = {c: i for i, c in enumerate(CERTAINTY_ORDER)}

_SPEECH = {
    "said": "reported", "says": "reported", "say": "reported", "told": "reported", "tells": "reported",
    "added": "reported", "stated": "reported", "announced": "reported", "confirmed": "reported",
    "explained": "reported", "noted": "reported", "reported": "reported", "insisted": "reported",
    "warned": "reported", "acknowledged": "reported", "admitted": "reported", "stressed": "reported",
    "asserted": "reported", "according to": "reported",
    "claimed responsibility": "claimed", "claimed": "claimed", "claims": "claimed", "claim": "claimed",
    "took responsibility": "claimed",
    "alleged": "alleged", "alleges": "alleged", "allege": "alleged", "accused": "alleged",
    "denied": "denied", "denies": "denied", "deny": "denied", "rejected": "denied",
}
_SPEECH_RE = re.compile(
    r"\b(?P<cue>according to|claimed responsibility|took responsibility|"
    + "|".join(sorted((k for k in _SPEECH if " " not in k), key=len, reverse=True)) + r")\b", re.I)
_HEDGES: tuple[tuple[str, str], ...] = (
    (r"unconfirmed reports?|unverified reports?|could not be (?:independently )?(?:verified|confirmed)|"
     r"cannot be (?:independently )?(?:verified|confirmed)|(?:was|were|is|are) rumou?red|rumou?rs? (?:that|of)|"
     r"(?:is|are|was|were) (?:widely )?(?:believed|thought) to|may have|might have|possibly|unclear whether|"
     r"if confirmed|yet to be (?:confirmed|verified)",
     "unconfirmed"),
    (r"allegedly|alleged|suspected of|suspected|accused of", "alleged"),
    (r"reportedly|(?:is|are|was|were) reported to|(?:media|news|local) reports (?:said|say)|"
     r"(?:is|are|was|were) said to", "reported"),
    (r"plans? to|planned to|planning to|intends? to|intended to|(?:is|are) (?:set|due|expected|preparing) to",
     "planned"),
)
# each behind a lookahead of the letters its matches begin with (``lexicon.first_chars``: the same matches)
_HEDGE_RE = [(opened(re.compile(r"\b(?:" + p + r")\b", re.I)), c) for p, c in _HEDGES]
# "The claim could not be verified." speaks of the sentence before it
_BACKWARD = re.compile(r"^\W*(?:the|this|that|these|such)\s+(?:claim|claims|report|reports|account|figure|figures|"
                       r"toll|information)\b[^.]{0,40}\b(?:could not|cannot|can not|has not|have not)\b", re.I)
_NOT_SPEAKER = re.compile(r"\b(?:is|was|were|are|had|has|have|been|be|did|does|do|will|would|could|can|may|might|"
                          r"that|which|when|where|while|because|after|before|if|who|killed|wounded)\b")
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i)$", re.I)
_NAME_PARTICLES = frozenset({"al", "el", "ul", "ud", "bin", "ibn", "e", "i", "de", "van", "of"})
_QUOTES = "\"“”"
_CLAUSE_BREAK = re.compile(r"[,;:\"“”(]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The language layer's sentences of ``text`` (for callers given no annotations)."""
    return list(_layer_sentences(text))


# the last call's arguments and answer: the language layer finds a document's attributions, then the relation and
# claim extractors ask again for a document it found none in (its annotations cannot tell "none" from "not read")
_LAST: list[tuple[str, tuple[tuple[int, int], ...], tuple[Mention, ...], tuple[Attribution, ...]]] = []


def find_attributions(text: str, sentences: Sequence[tuple[int, int]],
                      mentions: Sequence[Mention]) -> list[Attribution]:
    """Speech attributions and hedges of ``text``, in text order."""
    key = (text, tuple(sentences), tuple(mentions))
    last = _LAST[0] if _LAST else None
    if last is not None and last[0] == key[0] and last[1] == key[1] and last[2] == key[2]:
        return list(last[3])
    found = _find_attributions(text, sentences, mentions)
    _LAST[:] = [(*key, tuple(found))]
    return found


def _find_attributions(text: str, sentences: Sequence[tuple[int, int]],
                       mentions: Sequence[Mention]) -> list[Attribution]:
    sents = list(sentences) or split_sentences(text)
    speakers = sorted((m for m in mentions if m.type in SPEAKER_TYPES), key=lambda m: m.start)
    out: list[Attribution] = []
    last_speech: Attribution | None = None
    last_index = -10
    for i, (s, e) in enumerate(sents):
        sent = text[s:e]
        speech = _speech(text, s, e, speakers)
        if speech is not None:
            if speech.source is None and _PRONOUN.match(speech.source_text or "") and last_speech is not None \
                    and i - last_index <= 3:
                speech = Attribution(start=speech.start, end=speech.end, cue=speech.cue, certainty=speech.certainty,
                                     source=last_speech.source, source_text=speech.source_text)
            opened = _quote_opening(text, sents, i)
            if opened is not None:
                speech = Attribution(start=opened, end=speech.end, cue=speech.cue, certainty=speech.certainty,
                                     source=speech.source, source_text=speech.source_text)
            out.append(speech)
            last_speech, last_index = speech, i
        elif last_speech is not None and i == last_index + 1 and sent[:1] in _QUOTES and _closes_quote(sent) \
                and _ends_quote(text, last_speech):
            # a quote after an attributed quote, with no cue of its own: the same speaker goes on
            cont = Attribution(start=s, end=e, cue=last_speech.cue, certainty=last_speech.certainty,
                               source=last_speech.source, source_text=last_speech.source_text)
            out.append(cont)
            last_speech, last_index = cont, i
        for rx, certainty in _HEDGE_RE:
            m = rx.search(sent)
            if m is None:
                continue
            start = s
            if _BACKWARD.match(sent) and i > 0:
                start = sents[i - 1][0]
            out.append(Attribution(start=start, end=e, cue=m.group().lower(), certainty=certainty))
    return sorted(out, key=lambda a: (a.start, a.end))


def _speech(text: str, s: int, e: int, speakers: Sequence[Mention]) -> Attribution | None:
    """The first speech cue of the sentence that names (or inherits) a speaker; else the first cue."""
    sent = text[s:e]
    first: Attribution | None = None
    found: list[Attribution] = []
    for m in _SPEECH_RE.finditer(sent):
        cue = m.group("cue").lower()
        if cue in ("claim", "claims") and not _verb_claim(sent, m.start()):
            continue
        if re.search(r"\b(?:if|once|until|unless|yet to be|not|never|nor|neither|n't)\s+$", sent[:m.start()], re.I):
            continue  # "if confirmed", "neither endorsed nor rejected", "did not deny"
        certainty = _SPEECH[cue]  # "is said to have joined" is reported too
        if cue not in ("said", "according to") and re.search(r"\b(?:were|was|is|are|been|be)\s+$", sent[:m.start()]):
            continue  # passive "a truce was announced", "were reported killed": no speaker (hedges handle these)
        src = _source_span(sent, m.start(), m.end(), cue)
        if src is None and found:
            src = (found[-1].source_text or "", -1)  # "... confirmed the toll and said"
        att = Attribution(start=s, end=e, cue=cue, certainty=certainty)
        if src is not None:
            src_text, src_pos = src
            source = _speaker_key(speakers, s + src_pos, s + src_pos + len(src_text)) if src_pos >= 0 \
                else found[-1].source
            att = Attribution(start=s, end=e, cue=cue, certainty=certainty, source=source,
                              source_text=src_text or None)
            found.append(att)
        elif first is None:
            first = att
    if not found:
        return first
    # the strongest cue of the sentence decides the certainty; the first named speaker is the source
    best = min(found, key=lambda a: _RANK[a.certainty])
    named = next((a for a in found if a.source is not None), found[0])
    return Attribution(start=s, end=e, cue=best.cue, certainty=best.certainty, source=named.source,
                       source_text=named.source_text)


def _verb_claim(sent: str, pos: int) -> bool:
    """'claim'/'claims' as a verb ("the group claims"), not the noun ("a claim that ...")."""
    before = sent[:pos].rstrip().lower()
    return not re.search(r"\b(?:a|the|this|that|its|their|his|her|such|false|these)$", before)


def _source_span(sent: str, cs: int, ce: int, cue: str) -> tuple[str, int] | None:
    """The words naming the speaker of the cue at ``sent[cs:ce]`` and their offset in the sentence."""
    if cue == "according to":
        rest = sent[ce:]
        stop = len(rest)
        if cs < 3 or not sent[:cs].strip():  # sentence-initial: "According to X, ..."
            comma = rest.find(",")
            stop = comma if comma > 0 else stop
        np = rest[:stop].rstrip(" .\"”")
        lead = len(np) - len(np.lstrip())
        return (np.strip(), ce + lead) if 0 < len(np.split()) <= 16 else None
    before = sent[:cs]
    inverted = re.search(r"(?:[,\"”]\s*|^\s*)$", before) and re.match(r"\s+(?:[A-Z]|an?\s|the\s)", sent[ce:])
    if cue in ("said", "says", "added", "told") and inverted and not _PRONOUN.match(sent[ce:].split()[0]):
        # "..., said Haji Nabi, a shopkeeper." / "'...', said the governor."
        rest = sent[ce:]
        stop_at = re.search(r",\s+(?:adding|saying|who|which|in a|on|by)\b|[.;]\s*$|$", rest)
        words = rest[:stop_at.start() if stop_at else len(rest)].rstrip(" .\"”")
        pad = len(words) - len(words.lstrip())
        if 0 < len(words.split()) <= 16 and not _NOT_SPEAKER.search(words):
            return words.strip(), ce + pad
        # "X, a spokesman, said the group would ...": the speaker is before the cue after all
    # the speaker before the cue: back to the nearest clause break, taking an apposition with it
    head = before.rstrip()
    head = re.sub(r"\s+(?:has|have|had|also|later|then|earlier|previously|officially)$", "", head).rstrip(" ,")
    breaks = list(_CLAUSE_BREAK.finditer(head))
    cut = breaks[-1].end() if breaks else 0
    np = head[cut:]
    conj = re.match(r"\s*(?:and|but|while)\s+", np)
    if conj:
        cut += conj.end()
        np = head[cut:]
    if not np.strip() or len(np.split()) > 14 or _NOT_SPEAKER.search(np):
        return None
    start = cut + (len(np) - len(np.lstrip()))
    np = np.strip()
    if breaks and head[breaks[-1].start()] == ",":
        # "a spokesman for the Taliban, Zabihullah Mujahid, said" / "Barakzai, a spokesman for X, said"
        before_prev = [b for b in breaks[:-1]]
        pstart = before_prev[-1].end() if before_prev else 0
        prev = head[pstart:breaks[-1].start()]
        if prev.strip() and len(prev.split()) <= 14 and not _NOT_SPEAKER.search(prev) and _apposition(prev, np):
            start = pstart + (len(prev) - len(prev.lstrip()))
            np = head[start:].strip()
    return np, start


def _apposition(a: str, b: str) -> bool:
    """A name and a description of it, in either order ("Barakzai" / "a spokesman for the governor")."""
    a, b = a.strip(), b.strip()

    def described(x: str) -> bool:
        return bool(re.match(r"(?:an?|the)\s", x, re.I) or x[:1].islower()) \
            and not re.match(r"(?:including|among|such|like|as|with)\b", x, re.I)

    def named(x: str) -> bool:
        words = x.split()
        return 0 < len(words) <= 6 and words[0].lower() not in ("a", "an", "the") \
            and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)

    return (named(a) and described(b)) or (described(a) and named(b))


def _speaker_key(speakers: Sequence[Mention], start: int, end: int) -> str | None:
    inside = [m for m in within(speakers, start, end) if m.entity_key]
    for wanted in ("person", None):
        for m in inside:
            if wanted is None or m.type == wanted:
                return m.entity_key
    return None


def _quote_opening(text: str, sents: Sequence[tuple[int, int]], i: int) -> int | None:
    """Start of the sentence that opened a quote the sentence ``i`` closes ('"A. B," he said.')."""
    s, e = sents[i]
    sent = text[s:e]
    if sent[:1] in _QUOTES:
        return None
    if not _odd_quotes(sent):
        return None
    for j in range(i - 1, max(-1, i - 5), -1):
        ps, pe = sents[j]
        prev = text[ps:pe]
        if _odd_quotes(prev) and prev[:1] in _QUOTES:
            return ps
        if _odd_quotes(prev):
            return None
    return None


def _odd_quotes(sent: str) -> bool:
    straight = sent.count('"')
    curly_open, curly_close = sent.count("“"), sent.count("”")
    return straight % 2 == 1 or curly_open != curly_close


def _closes_quote(sent: str) -> bool:
    return sent.rstrip()[-1:] in _QUOTES or sent.rstrip(" .").endswith(('"', "”"))


def _ends_quote(text: str, att: Attribution) -> bool:
    """The attribution covers a quote: '"...," X said.'"""
    return any(q in text[att.start:att.end] for q in _QUOTES)


def stance(text: str, attributions: Sequence[Attribution], pos: int) -> tuple[str, str | None]:
    """Certainty and speaker (local key) of the statement at ``pos``.

    The strongest certainty of the attributions covering ``pos`` wins, but a denial or a plan counts
    only when its cue comes before ``pos`` in the sentence ("X, who joined IS, denied the attack" is
    no denial of joining). The speaker is the source of the first covering speech attribution.
    """
    certainty, source = "asserted", None
    for a in attributions:
        if not a.start <= pos < a.end:
            continue
        if a.certainty in ("denied", "planned"):
            at = text.lower().find(a.cue, a.start, a.end)
            if at < 0 or at > pos:
                continue
        if _RANK[a.certainty] < _RANK[certainty]:
            certainty = a.certainty
        if source is None and a.source is not None:
            source = a.source
    return certainty, source


__all__ = ["CERTAINTY_ORDER", "find_attributions", "split_sentences", "stance"]
