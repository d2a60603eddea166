"""Run the app under uvicorn (the ASGI server) on the configured address."""

from __future__ import annotations

import uvicorn

from sitrep.web.app import create_app
from sitrep.web.config import ServeConfig


def serve(config: ServeConfig, log_level: str = "info") -> None:
    """Serve until interrupted. Header sizes are bounded by uvicorn (h11), bodies by the guard."""
    uvicorn.run(create_app(config), host=config.host, port=config.port, log_level=log_level,
                server_header=False, proxy_headers=False, timeout_keep_alive=5, limit_concurrency=200)
