"""The browser side's npm build (``frontend/``): the committed bundle in ``sitrep/web/static/bundle/`` is the
build of the committed sources and lock file (MANIFEST.json records the SHA-256 of every input and output),
the lock file pins exact versions, every bundled package's licence ships beside the bundle, the pages load only
these files from the app itself, and the map's base layer comes from the package (no tile server, no CDN).
With node and the packages in npm's cache, a rebuild gives the same bytes."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import sitrep

ROOT = Path(__file__).resolve().parents[2]
FRONTEND = ROOT / "frontend"
BUNDLE = Path(sitrep.__file__).parent / "web" / "static" / "bundle"
BUILD = "cd frontend && npm ci && npm run build"
VIEWS = ("map", "network", "timeline")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _manifest() -> dict[str, Any]:
    return json.loads((BUNDLE / "MANIFEST.json").read_text(encoding="utf-8"))


def _sources() -> list[str]:
    """The build's inputs, as frontend/build.mjs lists them."""
    return ["build.mjs", "package.json", "package-lock.json",
            *sorted(f"src/{p.name}" for p in (FRONTEND / "src").iterdir() if p.is_file())]


def _needs_frontend() -> None:
    if not FRONTEND.is_dir():
        pytest.skip("frontend/ is not in this checkout (an installed package)")


def test_committed_bundle_is_the_build_of_the_committed_sources() -> None:
    _needs_frontend()
    manifest = _manifest()
    assert manifest["build"] == BUILD
    recorded = manifest["inputs"]
    now = {name: _sha(FRONTEND / name) for name in _sources()}
    changed = sorted(n for n in recorded.keys() | now.keys() if recorded.get(n) != now.get(n))
    assert not changed, f"frontend sources changed since the bundle was built ({changed}): run `{BUILD}`"
    files = {p.name: _sha(p) for p in BUNDLE.iterdir() if p.name != "MANIFEST.json"}
    assert files == manifest["outputs"], f"the bundle was changed by hand or is partial: run `{BUILD}`"
    assert {f"{v}.js" for v in VIEWS} <= files.keys() and {f"{v}.css" for v in VIEWS} <= files.keys()


def test_lock_pins_exact_versions_and_every_bundled_licence_ships() -> None:
    _needs_frontend()
    package = json.loads((FRONTEND / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((FRONTEND / "package-lock.json").read_text(encoding="utf-8"))
    wanted = package["dependencies"] | package["devDependencies"]
    for name, version in wanted.items():
        assert version[0].isdigit(), f"{name}: {version} is a range; the build pins exact versions"
        assert lock["packages"][f"node_modules/{name}"]["version"] == version
        assert lock["packages"][f"node_modules/{name}"]["integrity"].startswith("sha512-")
    notice = (BUNDLE / "THIRD_PARTY_LICENSES.txt").read_text(encoding="utf-8")
    bundled = _manifest()["bundled"]
    assert set(bundled) == {"cytoscape", "leaflet", "uplot"}
    for name in bundled:
        version = lock["packages"][f"node_modules/{name}"]["version"]
        licence = lock["packages"][f"node_modules/{name}"]["license"]
        assert licence in ("MIT", "BSD-2-Clause", "BSD-3-Clause", "ISC", "Apache-2.0"), (name, licence)
        assert f"{name} {version} ({licence})" in notice


def test_bundle_fetches_nothing_from_outside() -> None:
    for view in VIEWS:
        code = (BUNDLE / f"{view}.js").read_text(encoding="utf-8")
        assert "tile.openstreetmap" not in code and "{z}/{x}/{y}" not in code  # no tile layer
        assert not [host for host in ("unpkg.com", "jsdelivr", "cdnjs", "googleapis") if host in code], view
        css = (BUNDLE / f"{view}.css").read_text(encoding="utf-8")
        assert "http://" not in css and "https://" not in css, view  # images come inlined as data: URLs


def test_pages_load_their_bundle_and_the_base_layer_is_served(client: TestClient) -> None:
    for view in VIEWS:
        html = client.get(f"/{view}").text
        assert f'<script src="/static/bundle/{view}.js" defer></script>' in html
        assert f'<link rel="stylesheet" href="/static/bundle/{view}.css">' in html
        assert f'id="{view}-view" class="view" data-api="/api/v1/{view}"' in html
        for kind in ("js", "css"):
            r = client.get(f"/static/bundle/{view}.{kind}")
            assert r.status_code == 200 and r.content == (BUNDLE / f"{view}.{kind}").read_bytes()
    twin = client.get("/map?type=Battles&actor=Taliban").text
    assert 'data-api="/api/v1/map?actor=Taliban&amp;type=Battles"' in twin  # the view fetches the page's twin
    raw = (Path(sitrep.__file__).parent / "data" / "basemap" / "countries.geojson.gz").read_bytes()
    plain = client.get("/static/basemap.geojson", headers={"Accept-Encoding": "identity"})
    assert plain.status_code == 200 and "content-encoding" not in plain.headers
    assert plain.content == gzip.decompress(raw)
    countries = plain.json()["features"]
    assert len(countries) > 200 and {"Afghanistan", "Pakistan"} <= {c["properties"]["name"] for c in countries}
    packed = client.get("/static/basemap.geojson", headers={"Accept-Encoding": "gzip"})
    assert packed.headers["content-encoding"] == "gzip" and packed.json()["type"] == "FeatureCollection"


@pytest.mark.slow
def test_rebuild_gives_the_same_bytes(tmp_path: Path) -> None:
    _needs_frontend()
    npm, node = shutil.which("npm"), shutil.which("node")
    if not npm or not node:
        pytest.skip("needs node and npm to rebuild the bundle")
    work = tmp_path / "frontend"
    shutil.copytree(FRONTEND, work, ignore=shutil.ignore_patterns("node_modules"))
    install = subprocess.run([npm, "ci", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=work,
                             capture_output=True, text=True, timeout=300)
    if install.returncode != 0:
        pytest.skip(f"the locked packages are not in npm's cache (run `{BUILD}` once): {install.stderr[-300:]}")
    out = tmp_path / "bundle"
    subprocess.run([node, "build.mjs", str(out)], cwd=work, check=True, capture_output=True, timeout=300)
    built = {p.name: p.read_bytes() for p in out.iterdir()}
    committed = {p.name: p.read_bytes() for p in BUNDLE.iterdir()}
    assert built.keys() == committed.keys()
    assert [n for n in built if built[n] != committed[n]] == []
