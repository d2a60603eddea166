"""Claims: values a source gives for an attribute, kept side by side so contradictions show.

* **Strength**: fighters, members, recruits or troops a group is said to have ("IS has 3,000
  fighters in Jawzjan, officials said"; "some 500 fighters loyal to the Taliban"; "the group's
  ranks have swollen to 2,000") -> attribute ``fighters`` (``fighters in <place key>`` when the
  figure is placed), value ``"3000"``, ``"about 500"``, ``"at least 40"``.
* **Dates**: when a group emerged or was founded, per source (attribute ``emerged``/``founded``,
  value a TIMEX3 date), and the start/end date each relation of the document was given
  (``subject_kind`` ``relation``, subject the relation's index in the document's relations).
* **Status** that sources contradict: ``caliphate`` (``established`` / ``not established``:
  "unable to establish a caliphate" vs "a mini-caliphate"), ``defeated`` (``yes``/``no``), ``trend``
  (``growing``/``declining``).

Figures come from ``sitrep.nlp.quantities``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from sitrep.extract.relation_base import Masked, dates, mask, modality, usable
from sitrep.nlp.attribution import find_attributions, split_sentences, stance
from sitrep.nlp.quantities import find_quantities
from sitrep.records import Annotations, Attribution, Claim, Document, Evidence, Figure, Mention, RelationRecord
from sitrep.spans import Ordered

_ACTORS = frozenset({"armed_group", "state_force", "government", "organization"})
_STRENGTH = {
    "fighters": "fighters", "fighter": "fighters", "militants": "fighters", "gunmen": "fighters", "men": "fighters",
    "insurgents": "fighters", "jihadists": "fighters", "mujahideen": "fighters", "foreign fighters": "fighters",
    "armed men": "fighters", "members": "members", "loyalists": "members", "followers": "members",
    "supporters": "members", "recruits": "recruits", "troops": "troops", "soldiers": "troops",
    "personnel": "troops",
}
_CASUALTY = re.compile(r"\b(?:killed|dead|died|wounded|injured|hurt|arrested|detained|captured|abducted|kidnapped|"
                       r"missing|executed|surrendered|casualties|bodies|among\s+the\s+dead|victims)\b", re.I)
_QUALIFIER_WORDS = {"exact": "", "about": "about ", "at_least": "at least ", "more_than": "more than ",
                    "at_most": "at most ", "unknown": ""}
_GRP = r"(?:\s+(?:group|movement|militants|fighters|forces|network|militia|faction|leadership))?"
_HAVE = (r"(?:has|have|had|commands|commanded|fields|fielded|numbers|numbered|counts|boasts|maintains|deployed|"
         r"sent|amassed|gathered|mustered|is\s+estimated\s+to\s+have|are\s+estimated\s+to\s+have|"
         r"(?:has|have|had)\s+(?:recruited|trained|enlisted|deployed|amassed|gathered)|recruited|trained|enlisted)")
_OWNER_AFTER = r"\s+(?:loyal\s+to|of|from|belonging\s+to|affiliated\s+with|fighting\s+for|with)\s+(?:the\s+)?⟦(\d+)⟧"
_EMERGED = re.compile(r"⟦(?P<s>\d+)⟧" + _GRP + r"\s+(?:(?:has|had|was|were|is)\s+)?(?:(?:first|reportedly)\s+)?"
                      r"(?P<v>emerged|appeared|surfaced|arrived|was\s+founded|was\s+formed|was\s+established|"
                      r"was\s+created|was\s+set\s+up|founded|formed|established)\b", re.I)
_CALIPHATE = re.compile(
    r"⟦(?P<s>\d+)⟧(?:'s)?" + _GRP + r"(?P<mid>[^.;⟦⟧]{0,80}?)\b(?P<v>establish(?:ed)?|creat(?:e|ed)|declar(?:e|ed)|"
    r"set\s+up|buil[dt]|carv(?:e|ed)\s+out|found(?:ed)?|proclaim(?:ed)?|run|ran|runs)\s+(?:an?|its|their|the)\s+"
    r"(?:own\s+)?(?:(?P<mini>mini-?\s*)|so-called\s+|self-declared\s+)?caliphate", re.I)
_CALIPHATE_NOUN = re.compile(r"⟦(?P<s>\d+)⟧(?:'s)\s+(?:so-called\s+|self-declared\s+|own\s+)?(?:mini-?\s*)?"
                             r"(?P<v>caliphate)", re.I)
_DEFEATED = re.compile(r"⟦(?P<s>\d+)⟧" + _GRP + r"\s+(?P<aux>(?:(?:has|have|had|was|were|is|are|been|not|never|"
                       r"yet|to|be|largely|effectively|completely|far|from|militarily|all\s+but)\s+)*)"
                       r"(?P<v>defeated|routed|wiped\s+out|eliminated|crushed|destroyed)\b", re.I)
_THREAT = re.compile(r"⟦(?P<s>\d+)⟧" + _GRP + r"\s+(?:(?:still\s+)?(?:remains|is|are|remain)\s+)(?:still\s+)?"
                     r"(?:an?\s+)?(?P<v>potent|serious|major|growing|resilient|significant|real|formidable|deadly)\s+"
                     r"(?:threat|force)", re.I)
_TREND = re.compile(r"⟦(?P<s>\d+)⟧" + _GRP + r"\s+(?:(?:has|have|had|is|are|was|were|been)\s+)*(?:(?:steadily|rapidly|"
                    r"clearly|significantly|badly|severely)\s+)?(?P<v>weakened|weakening|declining|shrinking|"
                    r"on\s+the\s+decline|in\s+retreat|growing|expanding|gaining\s+ground|on\s+the\s+rise|resurgent|"
                    r"strengthening|regrouping)\b", re.I)
_GROWING = ("growing", "expanding", "gaining", "on the rise", "resurgent", "strengthening", "regrouping")


def find_claims(doc: Document, ann: Annotations, *, sentences: Sequence[tuple[int, int]] | None = None,
                attributions: Sequence[Attribution] | None = None,
                relations: Sequence[RelationRecord] = ()) -> list[Claim]:
    """Claims of one annotated document (``relations``: this document's relations, for their dates)."""
    text = doc.text
    sents = list(sentences) if sentences is not None else (list(ann.sentences) or split_sentences(text))
    atts = list(attributions) if attributions is not None else (
        list(ann.attributions) or find_attributions(text, sents, ann.mentions))
    mentions = usable(ann.mentions)
    figures = Ordered(find_quantities(text))
    out: list[Claim] = []
    for s, e in sents:
        masked = mask(text, s, e, mentions)
        if not masked.mentions or text[s:e].rstrip().endswith("?"):
            continue
        evidence = Evidence(doc=doc.id, start=s, end=e, text=text[s:e])
        sent_figures = figures.inside(s, e)
        out.extend(_strength(text, masked, sent_figures, evidence, atts))
        out.extend(_status(text, masked, evidence, atts, ann))
    for i, r in enumerate(relations):
        ev = r.evidence[0]
        for attribute, value in (("start", r.start), ("end", r.end)):
            if value:
                out.append(Claim(subject_kind="relation", subject=str(i), attribute=attribute, value=value,
                                 evidence=ev, certainty=r.certainty, attributed_to=r.attributed_to))
    return _unique(out)


def _strength(text: str, masked: Masked, figures: Sequence[Figure], evidence: Evidence,
              atts: Sequence[Attribution]) -> list[Claim]:
    out: list[Claim] = []
    for f in figures:
        if f.value is None or f.start is None or f.end is None:
            continue
        noun = re.sub(r"^(?:armed|foreign|new|trained|active|loyal)\s+", "", (f.counts or "").lower())
        attribute = _STRENGTH.get(noun) or _STRENGTH.get((f.counts or "").lower())
        if attribute is None:
            continue
        fs, fe = _masked_span(masked, f.start, f.end)
        if fs is None or fe is None:
            continue
        if _CASUALTY.search(masked.text[fe:fe + 80]) or _CASUALTY.search(masked.text[max(0, fs - 30):fs]):
            continue
        owner = _owner(masked, fs, fe)
        if owner is None:
            continue
        subj, trigger = owner
        if modality(masked.text, _at(masked.text, trigger), trigger) is None:
            continue
        place = re.match(r"\s+(?:in|across)\s+(?:the\s+)?⟦(\d+)⟧", masked.text[fe:])
        if place and masked.mentions[int(place.group(1))].type == "location":
            attribute += " in " + str(masked.mentions[int(place.group(1))].entity_key)
        certainty, source = stance(text, atts, masked.offsets[trigger])
        value = _QUALIFIER_WORDS.get(f.qualifier, "") + str(f.value)
        out.append(Claim(subject_kind="entity", subject=str(subj.entity_key), attribute=attribute, value=value,
                         evidence=evidence, certainty=certainty, attributed_to=source))
    return out


def _at(text: str, pos: int) -> re.Match[str]:
    """A zero-width match at ``pos`` with an ``s`` group, for ``modality``."""
    m = re.compile(r"(?P<s>)").match(text, pos)
    assert m is not None
    return m


def _masked_span(masked: Masked, start: int, end: int) -> tuple[int | None, int | None]:
    fs = next((i for i, o in enumerate(masked.offsets) if o >= start), None)
    fe = next((i for i, o in enumerate(masked.offsets) if o >= end), None)
    return fs, fe


def _owner(masked: Masked, fs: int, fe: int) -> tuple[Mention, int] | None:
    """The group a figure counts the men of, and the position of the words that say so."""
    before, after = masked.text[:fs], masked.text[fe:]
    cands = [
        (re.search(r"⟦(\d+)⟧" + _GRP + r"\s+(?:(?:now|still|reportedly|currently|already|also)\s+)?" + _HAVE
                   + r"\s+(?:(?:an\s+estimated|a\s+total\s+of|a\s+force\s+of)\s+)?$", before, re.I), "before"),
        (re.search(r"⟦(\d+)⟧'s\s+(?:strength|ranks|numbers|manpower|fighting\s+force|membership)\s+(?:\w+\s+){0,5}?$",
                   before, re.I), "before"),
        (re.search(r"⟦(\d+)⟧\s*,\s*with\s+$", before, re.I), "before"),
    ]
    for m, _ in cands:
        if m:
            ment = masked.mentions[int(m.group(1))]
            if ment.type in _ACTORS:
                return ment, m.end(1)
    m2 = re.match(_OWNER_AFTER, after, re.I)
    if m2:
        ment = masked.mentions[int(m2.group(1))]
        if ment.type in _ACTORS or ment.type == "person":
            return ment, fs
    # "3,000 IS fighters": the figure's noun names the group first
    m3 = re.search(r"⟦(\d+)⟧\s+(?:fighters|militants|members|recruits|loyalists|troops)\b", masked.text[fs:fe + 40])
    if m3 and masked.text[fs:fs + m3.start()].strip() and not re.search(r"[,;.]", masked.text[fs:fs + m3.start()]):
        ment = masked.mentions[int(m3.group(1))]
        if ment.type in _ACTORS:
            return ment, fs
    return None


def _emerged(text: str, masked: Masked, evidence: Evidence,
             ann: Annotations) -> Iterator[tuple[re.Match[str], str, str]]:
    """Each ``_EMERGED`` match with a date: the match, "emerged" or "founded", and the date."""
    for m in _EMERGED.finditer(masked.text):
        pos = masked.offsets[m.start("v")]
        start, _ = dates(text, [t for t in ann.timexes if evidence.start <= t.start < evidence.end], pos, evidence,
                         inception=True)
        if start:
            verb = m.group("v").lower()
            yield m, "emerged" if verb in ("emerged", "appeared", "surfaced", "arrived") else "founded", start


def _caliphate(m: re.Match[str]) -> str | None:
    """What a ``_CALIPHATE`` match says of the caliphate; None for a plan or a wish."""
    negated = re.search(r"\b(?:unable|failed|not|never|no\s+longer|could\s+not|cannot|can't|couldn't|"
                        r"did\s+not|didn't|far\s+from)\b", m.group("mid"), re.I)
    if re.search(r"\b(?:if|whether|plans?|wants?|seeks?|aims?|hopes?|vowed|tried|trying|attempt\w*)\b",
                 m.group("mid"), re.I) and not negated:
        return None
    return "not established" if negated else "established"


def _defeated(m: re.Match[str]) -> tuple[str, bool] | None:
    """What a ``_DEFEATED`` match says, and whether to check it for negation; None for an intent ("to defeat")."""
    aux = m.group("aux").lower()
    if re.search(r"\b(?:not|never|yet|far)\b", aux):
        return "no", False
    if not re.search(r"\bto\b", aux):
        return "yes", True
    return None


def _status(text: str, masked: Masked, evidence: Evidence, atts: Sequence[Attribution],
            ann: Annotations) -> list[Claim]:
    out: list[Claim] = []

    def add(m: re.Match[str], attribute: str, value: str, *, check_negation: bool = True) -> None:
        ment = masked.mentions[int(m.group("s"))]
        if ment.type not in _ACTORS:
            return
        trigger = m.start("v")
        if check_negation and modality(masked.text, m, trigger) is None:
            return
        certainty, source = stance(text, atts, masked.offsets[trigger])
        out.append(Claim(subject_kind="entity", subject=str(ment.entity_key), attribute=attribute, value=value,
                         evidence=evidence, certainty=certainty, attributed_to=source))

    for m, attribute, start in _emerged(text, masked, evidence, ann):
        add(m, attribute, start)
    for m in _CALIPHATE.finditer(masked.text):
        said = _caliphate(m)
        if said is not None:
            add(m, "caliphate", said, check_negation=False)
    for m in _CALIPHATE_NOUN.finditer(masked.text):
        add(m, "caliphate", "established", check_negation=False)
    for m in _DEFEATED.finditer(masked.text):
        verdict = _defeated(m)
        if verdict is not None:
            add(m, "defeated", verdict[0], check_negation=verdict[1])
    for m in _THREAT.finditer(masked.text):
        add(m, "defeated", "no")
    for m in _TREND.finditer(masked.text):
        verb = m.group("v").lower()
        add(m, "trend", "growing" if verb.startswith(_GROWING) else "declining")
    return out


def _unique(claims: Sequence[Claim]) -> list[Claim]:
    seen: dict[tuple[object, ...], Claim] = {}
    for c in claims:
        seen.setdefault((c.subject_kind, c.subject, c.attribute, c.value, c.evidence.start, c.attributed_to), c)
    return list(seen.values())
