"""CLI commands: gazetteer (a thin layer over ``sitrep.kb.gazetteer`` and ``sitrep.lexicon.gazetteer``).

    sitrep gazetteer import FILE... [--db DB] [--name-col C --lat-col C ...]
    sitrep gazetteer download COUNTRY... [--db DB]
    sitrep gazetteer stats [--db DB] [--json]

Exit codes as for ``ingest``: 0 every file went in; 1 some were skipped (each
named on stderr with its reason); 3 the knowledge base could not be opened.
"""

from __future__ import annotations

import json
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from sitrep import settings
from sitrep.errors import SitrepError
from sitrep.kb import KnowledgeBase
from sitrep.kb.gazetteer import ImportResult, KBGazetteer, import_file
from sitrep.kb.schema import utcnow
from sitrep.lexicon.gazetteer import default_gazetteer
from sitrep.lexicon.gazetteer_files import ImportOptions

EXIT_SKIPPED, EXIT_KB = 1, 3


def _setting(name: str) -> str:
    return settings.get(name)


db_option = click.option(
    "--db", envvar=settings.SETTINGS["db"].env, default=settings.SETTINGS["db"].default, show_default=True,
    type=click.Path(dir_okay=False), help="Knowledge base: a file, or a postgresql:// URL (or set SITREP_DB).")


@contextmanager
def _kb(db: str) -> Iterator[KnowledgeBase]:
    try:
        kb = KnowledgeBase(db)
    except SitrepError as exc:
        click.echo(f"sitrep: {exc.message}", err=True)
        sys.exit(EXIT_KB)
    try:
        yield kb
    finally:
        kb.close()


@click.group()
def gazetteer() -> None:
    """The gazetteer used to place locations: import, download, stats.

    sitrep ships a default gazetteer (countries, provinces, major towns); files
    imported here (GeoNames dumps, geoBoundaries GeoJSON, CSV lists) are
    looked up first.
    """


def _report(results: list[ImportResult], quiet: bool) -> None:
    for r in results:
        if r.error:
            click.echo(f"{r.path}: {r.error}", err=True)
        elif not quiet:
            click.echo(f"{r.source}: {r.places} places, {r.polygons} polygons ({r.kind})", err=True)
    ok = sum(1 for r in results if not r.error)
    if not quiet:
        click.echo(f"gazetteer: {ok} imported, {len(results) - ok} skipped", err=True)


@gazetteer.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@db_option
@click.option("--name-col", help="Column holding the place name (CSV).")
@click.option("--lat-col", help="Column holding the latitude (CSV).")
@click.option("--lon-col", help="Column holding the longitude (CSV).")
@click.option("--alt-col", help="Column holding alternate names, separated by | ; or , (CSV).")
@click.option("--admin1-col", help="Column holding the province / admin1 name (CSV).")
@click.option("--admin2-col", help="Column holding the district / admin2 name (CSV).")
@click.option("--country-col", help="Column holding the country (ISO code or name) (CSV).")
@click.option("--feature", type=click.Choice(["country", "admin1", "admin2", "city", "town", "village", "place"]),
              help="Feature class of every row (CSV).")
@click.option("--country", help="Country of every row or polygon (ISO code or name).")
@click.option("--admin-level", type=click.IntRange(1, 5), help="Administrative level of every polygon (GeoJSON).")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
def import_(files: tuple[str, ...], db: str, name_col: str | None, lat_col: str | None, lon_col: str | None,
            alt_col: str | None, admin1_col: str | None, admin2_col: str | None, country_col: str | None,
            feature: str | None, country: str | None, admin_level: int | None, quiet: bool) -> None:
    """Import gazetteer FILES: GeoNames dumps (XX.txt, XX.zip, cities500.txt; tab-separated, no header),
    GeoJSON administrative polygons (geoBoundaries ADM1/ADM2), and CSV lists with a header.

    Columns are recognized from the header (name, lat/latitude, lon/longitude, alternatenames, province,
    district, country, ...); name them with the options where they are not. Each file is imported in one
    transaction and replaces what an earlier import of the same file name brought.
    """
    opts = ImportOptions(name_col=name_col, lat_col=lat_col, lon_col=lon_col, alt_col=alt_col,
                         admin1_col=admin1_col, admin2_col=admin2_col, country_col=country_col, feature=feature,
                         country=country, admin_level=admin_level)
    with _kb(db) as kb:
        results = [import_file(kb.db, f, opts, utcnow=utcnow()) for f in files]
    _report(results, quiet)
    sys.exit(EXIT_SKIPPED if any(r.error for r in results) else 0)


def _fetch(url: str, dest: Path) -> None:
    timeout = settings.get_float("fetch_timeout")
    req = urllib.request.Request(url, headers={"User-Agent": settings.get("user_agent")})
    with urllib.request.urlopen(req, timeout=timeout) as resp, open(dest, "wb") as out:
        while chunk := resp.read(1 << 20):
            out.write(chunk)


def _iso3(country: str) -> str | None:
    c = default_gazetteer().countries
    if len(country) == 3 and country.upper() in c.by_iso3:
        return country.upper()
    iso2 = country.upper()
    return next((k for k, v in c.by_iso3.items() if v == iso2), None)


@gazetteer.command()
@click.argument("countries", nargs=-1, required=True)
@db_option
@click.option("--levels", default="ADM1,ADM2", show_default=True, help="geoBoundaries levels to fetch.")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
def download(countries: tuple[str, ...], db: str, levels: str, quiet: bool) -> None:
    """Download and import GeoNames (XX.zip) and geoBoundaries polygons for COUNTRIES (ISO codes: AF PK).

    Sources: SITREP_GEONAMES_URL (default download.geonames.org/export/dump) and SITREP_GEOBOUNDARIES_URL
    (default the geoBoundaries API, gbOpen).
    """
    results: list[ImportResult] = []
    with _kb(db) as kb, tempfile.TemporaryDirectory(prefix="sitrep-gaz-") as tmp:
        for cc in countries:
            iso2 = cc.upper() if len(cc) == 2 else default_gazetteer().countries.by_iso3.get(cc.upper(), cc.upper())
            iso3 = _iso3(cc)
            url = f"{_setting('geonames_url').rstrip('/')}/{iso2}.zip"
            dest = Path(tmp) / f"{iso2}.zip"
            results.append(_download_one(kb, url, dest))
            if iso3 is None:
                results.append(ImportResult(cc, cc, error="unknown country code for geoBoundaries"))
                continue
            for level in [lv.strip().upper() for lv in levels.split(",") if lv.strip()]:
                api = f"{_setting('geoboundaries_url').rstrip('/')}/{iso3}/{level}/"
                try:
                    meta_path = Path(tmp) / f"{iso3}-{level}.json"
                    _fetch(api, meta_path)
                    meta = json.loads(meta_path.read_text("utf-8"))
                    if isinstance(meta, list):
                        meta = meta[0] if meta else {}
                    gj = meta.get("simplifiedGeometryGeoJSON") or meta.get("gjDownloadURL")
                    if not gj:
                        raise ValueError("no GeoJSON link in the API answer")
                except (OSError, ValueError, urllib.error.URLError) as exc:
                    results.append(ImportResult(api, f"{iso3}-{level}", error=f"cannot download: {exc}"))
                    continue
                results.append(_download_one(kb, str(gj), Path(tmp) / f"geoBoundaries-{iso3}-{level}.geojson"))
    _report(results, quiet)
    sys.exit(EXIT_SKIPPED if any(r.error for r in results) else 0)


def _download_one(kb: KnowledgeBase, url: str, dest: Path) -> ImportResult:
    try:
        _fetch(url, dest)
    except (OSError, ValueError, urllib.error.URLError) as exc:
        return ImportResult(url, dest.name, error=f"cannot download: {exc}")
    return import_file(kb.db, dest, utcnow=utcnow())


@gazetteer.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(db: str, as_json: bool) -> None:
    """What the imported gazetteer holds (and the size of the embedded default)."""
    with _kb(db) as kb:
        st = KBGazetteer(kb.db).stats()
    st["default_places"] = len(default_gazetteer().places)
    if as_json:
        click.echo(json.dumps(st, indent=2, sort_keys=True))
        return
    click.echo(f"places: {st['places']} ({st['names']} names), polygons: {st['polygons']}")
    for k, v in st["by_feature"].items():
        click.echo(f"  {k}: {v}")
    for s in st["sources"]:
        click.echo(f"  {s['source']}: {s['places']} places, {s['polygons']} polygons ({s['kind']}, {s['imported_at']})")
    click.echo(f"embedded default: {st['default_places']} places")


COMMANDS: list[click.Command] = [gazetteer]
