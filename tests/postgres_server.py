"""A throwaway PostgreSQL server for the tests: Debian's binaries, a cluster in a temporary folder, 127.0.0.1.

``start()`` runs ``initdb`` and ``pg_ctl`` from ``/usr/lib/postgresql/*/bin`` (the newest; ``SITREP_PG_BIN``
overrides) on a free port, trusting local connections, without fsync (a test cluster loses nothing it needs);
as root (initdb refuses root) it runs them as the ``postgres`` user that Debian's package creates. No service
manager is involved; ``Server.stop()`` stops it and removes the folder. ``new_database()`` gives each test its
own empty database.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path


class Unavailable(RuntimeError):
    """No PostgreSQL binaries here (the README's test command installs them)."""


def _bindir() -> Path:
    given = os.environ.get("SITREP_PG_BIN")
    found = [given] if given else sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    for d in reversed(found):
        if (Path(d) / "initdb").is_file():
            return Path(d)
    raise Unavailable("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)")


def _free_port() -> int:
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@dataclass
class Server:
    folder: Path
    port: int
    bindir: Path
    as_user: str | None

    @property
    def url(self) -> str:
        """The server's URL, without a database."""
        return f"postgresql://sitrep@127.0.0.1:{self.port}"

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_user:
            cmd = ["runuser", "-u", self.as_user, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stderr or done.stdout}")

    def new_database(self) -> str:
        """A new empty database; its URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(f"{self.url}/postgres", autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return f"{self.url}/{name}"

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(f"{self.url}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    """initdb and start a cluster; raises ``Unavailable`` when PostgreSQL is not installed."""
    bindir = _bindir()
    as_user = "postgres" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))  # under /tmp: reachable by the postgres user
    if as_user:
        shutil.chown(folder, user=as_user)
    server = Server(folder, _free_port(), bindir, as_user)
    data = folder / "data"
    server._run("initdb", "-D", str(data), "-U", "sitrep", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8",
                "--no-sync")
    options = (f"-p {server.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
               " -c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
    server._run("pg_ctl", "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start")
    return server
