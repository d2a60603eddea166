"""Natural-language helpers over article text (time expressions, ...)."""
