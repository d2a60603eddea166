"""HTML cleaning on invented news pages (tests/fixtures/html).

The 60-page extraction benchmark is scored end to end in tests/eval/test_gate.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.ingest.html import ExtractedPage, extract_html

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def page(name: str, url: str | None = None) -> ExtractedPage:
    return extract_html((FIXTURES / name).read_text(encoding="utf-8"), url=url)


# (fixture, sentences the body must keep, boilerplate it must drop)
CASES = [
    (
        "provincial_attack.html",
        [
            "Gunmen stormed a police checkpoint in the Dasht-e Nur district of Kandor province",
            "until reinforcements arrived from the provincial capital",
            "three suspects had been detained for questioning.",
            "shops in the main bazaar had not opened.",
        ],
        [
            "We use cookies",
            "Accept all cookies",
            "Share on Twitter",
            "Email this article",
            "Roadside bomb hits convoy near Marzan",
            "Related stories",
            "This is terrible news",
            "Prayers for the families",
            "Subscribe to our newsletter",
            "All rights reserved",
            "Filed under",
            "Privacy policy",
            "Opinion",
        ],
    ),
    (
        "ceasefire_talks.html",
        [
            "resumed ceasefire negotiations in Port Salven on Friday",
            "focus on a prisoner exchange and on reopening the coastal road",
            "eleven shelling incidents in the Varra valley",
            "sequencing of troop withdrawals from the hills above the port.",
        ],
        [
            "Manage your cookie preferences",
            "Related: Shelling displaces",
            "Sign up for our",
            "Get the briefing",
            "Floods hit northern farms",
            "Most read",
            "Copyright 2024",
            "Log in",
            "Tweet",
        ],
    ),
    (
        "aid_convoy.html",
        [
            "Un convoi de quatorze camions transportant de la nourriture",
            "peut prendre plusieurs semaines.",
            "« Les stocks de farine dans la ville ne couvriront pas plus de dix jours »",
            "au début du mois.",
        ],
        [
            "Nous utilisons des cookies",
            "Partager sur Facebook",
            "Commentaires désactivés",
            "mentions légales",
        ],
    ),
    (
        "displacement_update.html",
        [
            "More than two hundred families have left villages in the upper Orsk valley",
            "a school and two mosques are being used as temporary shelters.",
            "had ordered residents to leave.",
        ],
        ["Donate", "Share this", "WhatsApp", "You may also like", "Winter appeal", "NOSCRIPT-FALLBACK-TEXT"],
    ),
]


@pytest.mark.parametrize(("name", "keep", "drop"), CASES, ids=[c[0] for c in CASES])
def test_body_kept_and_boilerplate_dropped(name: str, keep: list[str], drop: list[str]) -> None:
    text = page(name).text
    for sentence in keep:
        assert sentence in text
    for junk in drop:
        assert junk not in text


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_script_and_markup_never_in_text(name: str) -> None:
    text = page(name).text
    for bad in (
        "alert(",
        "<script",
        "onerror",
        "INJECTED-BY-SCRIPT",
        "SCRIPT-SECRET-TOKEN",
        "dataLayer",
        "pageview-tracker",
        "font-family",
        "<p>",
        "&middot;",
    ):
        assert bad not in text


def test_paragraphs_are_separated_by_blank_lines() -> None:
    paras = page("provincial_attack.html").text.split("\n\n")
    assert len(paras) == 6
    assert all(p.strip() == p and p and "\n" not in p for p in paras)


def test_headline_is_metadata_not_body() -> None:
    p = page("ceasefire_talks.html")
    assert p.title == "Ceasefire talks resume in Port Salven as shelling eases"
    assert not p.text.startswith("Ceasefire talks resume")


def test_metadata_from_json_ld_and_meta_tags() -> None:
    p = page("provincial_attack.html")
    assert p.title == "Militants attack district police post in Kandor province"
    assert p.published == "2023-04-17"
    assert p.outlet == "The Meridian Post"
    assert p.byline == "Amina Rahel"
    assert p.lang == "en"


def test_metadata_from_article_published_time() -> None:
    p = page("ceasefire_talks.html")
    assert p.published == "2024-02-09"
    assert p.outlet == "Coastline Daily"
    assert p.lang == "en"


def test_metadata_from_time_element_and_json_ld_graph() -> None:
    p = page("displacement_update.html", url="https://frontline.example/2021/01/02/orsk")
    assert p.published == "2022-11-30"  # the <time>, not the URL
    assert p.outlet == "Frontline Monitor"
    assert p.byline == "Joseph Oduya"


def test_date_never_guessed_from_url_or_clock() -> None:
    p = page("aid_convoy.html", url="https://veilleur.example/2024/03/05/convoi-tessal")
    assert p.published is None
    assert p.title == "Un convoi humanitaire bloqué à l'entrée de Tessal"
    assert p.outlet == "Le Veilleur"
    assert p.lang == "fr"


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "   \n\t ",
        "\x00\x00",
        "not html at all",
        "<",
        "<html>",
        "<html><body></body></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
        "<script>alert(1)</script>",
        "<html><body><script>alert(1)</script><style>p{}</style></body></html>",
        '<?xml version="1.0" encoding="utf-8"?><html><body><script>alert(1)</script></body></html>',
        "<<<>>><div><p><b><i></p></div></b>" * 50,
        "<div>" * 5000 + "deep" + "</div>" * 10,
        "\ud800 lone surrogate",
        "<p>" + "word " * 200_000 + "</p>",
    ],
)
def test_garbage_gives_empty_text_without_raising(junk: str) -> None:
    p = extract_html(junk)
    assert isinstance(p, ExtractedPage)
    assert isinstance(p.text, str)
    assert "alert(" not in p.text
    if len(junk) < 1000:
        assert p.text == ""


@pytest.mark.parametrize("bad", ["\x00", "\x01", "\x0c", "\ud800", "\ufffe"])
def test_characters_xml_rejects_do_not_lose_the_page(bad: str) -> None:
    html = (FIXTURES / "ceasefire_talks.html").read_text(encoding="utf-8")
    text = extract_html(html.replace("Port Salven on Friday", f"Port Salven{bad} on Friday")).text
    assert "Mediators from the regional bloc" in text


def test_broken_markup_still_extracts() -> None:
    html = (FIXTURES / "provincial_attack.html").read_text(encoding="utf-8")
    broken = html.replace("</p>", "").replace("</div>", "")[: len(html) - 200]
    text = extract_html(broken).text
    assert "Gunmen stormed a police checkpoint" in text
    assert "alert(" not in text


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(s: str) -> None:
    p = extract_html(s, url=None)
    assert isinstance(p.text, str)


# no "<![CDATA[": in HTML it opens a bogus comment that ends at the next ">", so a following
# "<script>alert(1)</script>" is, per the HTML standard, visible text rather than a script
MARKUP = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<script>alert(1)</script>",
    "<script>alert(1)",
    "<style>p{alert(1)}</style>",
    "<img onerror=alert(1)>",
    "<!--",
    "-->",
    "<br>",
    "Text of a report. ",
    "<h1>",
    "&amp;",
    "<html>",
    "<body>",
    "</body>",
    "]]>",
    "<?xml version='1.0' encoding='utf-8'?>",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(MARKUP), max_size=60))
def test_arbitrary_markup_never_raises_or_leaks_script(parts: list[str]) -> None:
    p = extract_html("".join(parts))
    assert "alert(1)" not in p.text
