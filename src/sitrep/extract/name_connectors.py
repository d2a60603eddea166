"""Place names joined by a lower-case particle: "Pazos de Borben", "Rio de Janeiro", "Castel di Sangro", "Bergen op
Zoom". The capitalised words before the particle are no place of their own: "Pazos" alone is another town (a village
of Peru), and where the whole name is unknown the text's prose gives no country (``extract.event_country``)."""

from __future__ import annotations

import re

# the particles of the Romance, Germanic and Slavic languages' compound place names, followed by a capitalised word
# (an article may come between: "San Juan de los Morros", "Villanueva de la Serena")
# (not words English also writes between a place and a capitalised word: "in Brest on Monday", "in Lima and Cusco")
_CONTINUED = re.compile(r"\s+(?:de|del|dels|da|do|dos|das|di|della|delle|dei|du|des|sur|sous|lès|bei|op|aan|nad|pod)"
                        r"\s+(?:(?:la|las|los|le|les|el|lo|der|den)\s+)?[A-Z]")


def continues(text: str, end: int) -> bool:
    """Whether the capitalised name that ends at ``end`` goes on with a particle and another capitalised word."""
    return _CONTINUED.match(text, end) is not None


__all__ = ["continues"]
