"""Name keys (placeholder until the lexicon layer lands)."""


def alias_key(text: str) -> str:
    """The blocking key of a name: case and spacing folded."""
    return " ".join(text.lower().split())
