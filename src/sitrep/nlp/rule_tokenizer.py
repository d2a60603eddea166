"""The NER's tokenizer without spaCy: spaCy's tokenization algorithm run over the shipped model's own rules.

The language layer splits words the way the shipped pipeline's tokenizer does (``tokenizer`` in the model folder:
prefix, suffix and infix expressions, a URL expression, and the special cases, "exceptions", such as ``U.S.``,
``don't`` -> ``do`` ``n't``). Importing spaCy only to run that tokenizer cost ~1.6 CPU s of every start (its
``__init__`` loads its CLI, pydantic schemas and thinc), more than the whole rest of a one-document ingest. This
module runs the same steps as spaCy 3's ``Tokenizer.__call__`` (``spacy/tokenizer.pyx``), in Python:

1. The text is cut into runs of whitespace and of other characters (``str.isspace``); a run of whitespace that
   follows a token and begins with a plain space gives that space to the token before it (spaCy's ``whitespace_``)
   and the rest of the run, if any, is a token of its own.
2. A run that is a special case becomes the special case's pieces; otherwise prefixes and suffixes are split off,
   one at a time from both ends (``_split_affixes``), stopping when what is left is a special case; then what is
   left is a special case's pieces, one token when the URL expression matches it, or split at its infixes.
3. Special cases that affix or infix splitting broke up (``:)``, ``'s`` after a quote...) are found again across
   the tokens (spaCy's special-case ``PhraseMatcher``: each such case tokenized without special cases is a phrase,
   the longest match first, then the leftmost) and replaced by their pieces when the text matches exactly.

spaCy's per-span cache is left out: a span's tokens do not depend on it. The rules are read with ``srsly`` (what
spaCy itself reads them with) and kept in the start-up cache, the four expressions compiled once
(``lexicon.regex_cache``). ``tests/nlp/test_rule_tokenizer.py`` compares every token, text and offset, with spaCy's
tokenizer loaded from the same file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sitrep.lexicon.cache import cached
from sitrep.lexicon.regex_cache import compile_all

#: spaCy's attribute ids as the rules file stores them (``spacy.attrs.ORTH``); names are accepted too
_ORTH = (65, "ORTH")
_RUNS = re.compile(r"\s+|\S+")  # runs of str.isspace characters and of the others (the test checks \s = isspace)
_MEMO_SIZE = 50_000
Token = tuple[str, int]  # text and character offset


def read_rules(path: Path) -> dict[str, Any]:
    """The tokenizer file of a spaCy model: its expressions, exceptions (special case -> pieces) and heuristics."""
    import srsly  # type: ignore[import-untyped]  # (what spaCy reads the file with; no stubs)

    data: dict[str, Any] = srsly.msgpack_loads(path.read_bytes())
    exceptions = {str(k): tuple(str(next(p[a] for a in _ORTH if a in p)) for p in pieces)
                  for k, pieces in (data.get("exceptions") or {}).items()}
    if data.get("token_match"):
        raise ValueError(f"{path}: a token_match expression is not supported")
    return {"prefix": data.get("prefix_search"), "suffix": data.get("suffix_search"),
            "infix": data.get("infix_finditer"), "url": data.get("url_match"), "exceptions": exceptions,
            "faster_heuristics": bool(data.get("faster_heuristics", True))}


def _never(_: str) -> None:
    return None


class RuleTokenizer:
    """``tokenizer(text)`` -> ``[(token, offset), ...]``, the tokens spaCy's tokenizer gives for these rules (spaces
    included as spaCy keeps them: a run of whitespace other than the single space after a token)."""

    def __init__(self, rules: dict[str, Any]) -> None:
        names = [k for k in ("prefix", "suffix", "infix", "url") if rules.get(k)]
        compiled = dict(zip(names, compile_all("ner-tokenizer", [(rules[k], 0) for k in names]), strict=True))
        self._prefix: Callable[[str], re.Match[str] | None] = compiled["prefix"].search if "prefix" in compiled \
            else _never
        self._suffix: Callable[[str], re.Match[str] | None] = compiled["suffix"].search if "suffix" in compiled \
            else _never
        self._infix: Callable[[str], Iterator[re.Match[str]]] = compiled["infix"].finditer if "infix" in compiled \
            else (lambda s: iter(()))
        self._url: Callable[[str], re.Match[str] | None] = compiled["url"].match if "url" in compiled else _never
        self.specials: dict[str, tuple[str, ...]] = dict(rules["exceptions"])
        self._memo: dict[str, tuple[str, ...]] = {}
        phrases: dict[str, list[tuple[str, ...]]] = {}
        for chunk in sorted(self.specials):
            if (not rules["faster_heuristics"] or self._find_prefix(chunk) or self._find_suffix(chunk)
                    or next(self._infix(chunk), None) is not None or " " in chunk):
                phrase = tuple(t for t, _ in self._split_runs(chunk, special=False))
                if phrase and phrase not in phrases.get(phrase[0], []):
                    phrases.setdefault(phrase[0], []).append(phrase)
        self._phrases = phrases

    @classmethod
    def from_model(cls, path: Path) -> RuleTokenizer:
        """The tokenizer of the spaCy model file ``path`` (``<model>/tokenizer``), its rules read once and cached."""
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        return cls(cached(f"ner-tokenizer-rules-{digest}", lambda: read_rules(path)))

    def __call__(self, text: str) -> list[Token]:
        tokens = self._split_runs(text, special=True)
        return self._apply_special_cases(text, tokens) if self._phrases else tokens

    # ----------------------------------------------------------------------------------------- spaCy's steps

    def _find_prefix(self, s: str) -> int:
        m = self._prefix(s)
        return m.end() - m.start() if m is not None else 0

    def _find_suffix(self, s: str) -> int:
        m = self._suffix(s)
        return m.end() - m.start() if m is not None else 0

    def _split_runs(self, text: str, special: bool) -> list[Token]:
        """``Tokenizer._tokenize_affixes``: every run tokenized, a space after a token left to it."""
        out: list[Token] = []
        for m in _RUNS.finditer(text):
            start, end = m.span()
            if start and text[start] == " ":  # whitespace after a token: its first space belongs to that token
                start += 1
            if start == end:
                continue
            pos = start
            for piece in self._span(text[start:end], special):
                out.append((piece, pos))
                pos += len(piece)
        return out

    def _span(self, span: str, special: bool) -> tuple[str, ...]:
        """The tokens of one run (``_try_specials_and_cache`` and ``_tokenize``), memoized."""
        if special:
            hit = self.specials.get(span)
            if hit is not None:
                return hit
            memo = self._memo.get(span)
            if memo is not None:
                return memo
        prefixes: list[str] = []
        suffixes: list[str] = []
        rest = self._split_affixes(span, prefixes, suffixes, special)
        out = tuple(prefixes) + self._attach(rest, special) + tuple(reversed(suffixes))
        if special:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[span] = out
        return out

    def _split_affixes(self, string: str, prefixes: list[str], suffixes: list[str], special: bool) -> str:
        specials = self.specials if special else {}
        last_size = 0
        while string and len(string) != last_size:
            if string in specials:
                break
            last_size = len(string)
            pre_len = self._find_prefix(string)
            prefix = minus_pre = ""
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and minus_pre in specials:
                    prefixes.append(prefix)
                    return minus_pre
            suf_len = self._find_suffix(string[pre_len:])
            suffix = minus_suf = ""
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and minus_suf in specials:
                    suffixes.append(suffix)
                    return minus_suf
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        return string

    def _attach(self, string: str, special: bool) -> tuple[str, ...]:
        """``_attach_tokens`` for what the affixes left: a special case, a URL, or pieces between infixes."""
        if not string:
            return ()
        if special and string in self.specials:
            return self.specials[string]
        if self._url(string):
            return (string,)
        out: list[str] = []
        start = 0
        for m in self._infix(string):
            infix_start, infix_end = m.span()
            if infix_start == 0:  # spaCy skips an infix at the very start
                continue
            if infix_start != start:
                out.append(string[start:infix_start])
            if infix_start != infix_end:
                out.append(string[infix_start:infix_end])
            start = infix_end
        if start < len(string):
            out.append(string[start:])
        return tuple(out)

    def _apply_special_cases(self, text: str, tokens: list[Token]) -> list[Token]:
        """``_apply_special_cases``: special cases spread over several tokens, longest then leftmost first."""
        words = [t for t, _ in tokens]
        found: set[tuple[int, int]] = set()
        for i, word in enumerate(words):
            for phrase in self._phrases.get(word, ()):
                if tuple(words[i:i + len(phrase)]) == phrase:
                    found.add((i, i + len(phrase)))
        if not found:
            return tokens
        seen: set[int] = set()
        kept: list[tuple[int, int]] = []
        for start, end in sorted(found, key=lambda se: (se[0] - se[1], se[0])):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))
        out: list[Token] = []
        i = 0
        for start, end in sorted(kept):
            out.extend(tokens[i:start])
            first, last = tokens[start], tokens[end - 1]
            pieces = self.specials.get(text[first[1]:last[1] + len(last[0])])
            if pieces is None:  # the tokens match, the spaces between them do not
                out.extend(tokens[start:end])
            else:
                pos = first[1]
                for piece in pieces:
                    out.append((piece, pos))
                    pos += len(piece)
            i = end
        out.extend(tokens[i:])
        return out


__all__ = ["RuleTokenizer", "read_rules"]
