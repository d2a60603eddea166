"""Reported figures: qualifiers, number words, what they count, and no dates, ages or ordinals."""

from __future__ import annotations

from sitrep.nlp.quantities import find_quantities


def _figs(text: str) -> list[tuple[int | None, str, str | None]]:
    return [(f.value, f.qualifier, f.counts) for f in find_quantities(text)]


def test_qualifiers_and_casualty_status() -> None:
    text = "Gunmen stormed the post, killing at least 12 police officers and wounding five others."
    assert _figs(text) == [(12, "at_least", "killed"), (5, "exact", "wounded")]
    assert _figs("More than 40 fighters were killed and nearly 30 were hurt.") == [
        (40, "more_than", "killed"), (30, "at_most", "wounded")]
    assert _figs("About 3,000 students and up to 11 schools") == [(3000, "about", "students"),
                                                                  (11, "at_most", "schools")]


def test_number_words_and_vague_amounts() -> None:
    assert _figs("twenty-five militants surrendered") == [(25, "exact", "militants")]
    assert _figs("a dozen civilians were wounded") == [(12, "exact", "wounded")]
    assert _figs("dozens of fighters") == [(12, "at_least", "fighters")]
    assert _figs("hundreds of people") == [(100, "at_least", "people")]
    assert _figs("scores of villagers") == [(20, "at_least", "villagers")]
    assert _figs("a policeman was killed") == [(1, "exact", "killed")]


def test_coordinated_groups_and_shared_nouns() -> None:
    text = "4 police officers and 9 attackers were killed and 3 officers were wounded"
    assert _figs(text) == [(4, "exact", "killed"), (9, "exact", "killed"), (3, "exact", "wounded")]
    figs = find_quantities("two Chechen and five Tajik gunmen were killed")
    assert [(f.value, f.counts) for f in figs] == [(2, "killed"), (5, "killed"), (7, "killed")]
    assert figs[-1].text == "two Chechen and five Tajik gunmen"


def test_no_dates_ages_times_ordinals_or_unit_numbers() -> None:
    text = ("A 25-year-old man was shot at 5 pm on 12 March 2019 in District 5 near the 209th Corps base; "
            "it was the 3rd attack since 2018, on 14-04-2019, aged 40, over 24 hours.")
    assert find_quantities(text) == []


def test_reported_or_confirmed_killed_and_a_misspelt_date() -> None:
    assert _figs("Nine gunmen were reported killed and 2 wounded.") == [(9, "exact", "killed"), (2, "exact", "wounded")]
    assert _figs("Six guards were confirmed dead.") == [(6, "exact", "killed")]
    # "05-Mya-2019" is a date whose month is misspelt, not five of anything
    assert _figs("On 05-Mya-2019, 4 soldiers were killed.") == [(4, "exact", "killed")]


def test_offsets_point_at_the_figure() -> None:
    text = "Officials said at least nine people died."
    (fig,) = find_quantities(text)
    assert fig.start is not None and fig.end is not None
    assert text[fig.start:fig.end] == fig.text == "at least nine people"
    assert (fig.value, fig.counts) == (9, "killed")


def test_the_agent_of_an_active_kill_verb_is_not_a_victim_count() -> None:
    text = "On Sunday a gunman attacked a mosque in Bannu and killed nearly 15 worshippers."
    got = [(q.value, q.counts) for q in find_quantities(text)]
    assert got == [(15, "killed")]
    assert _figs("Six Taliban gunmen killed two guards at the gate.") == [(6, "exact", "gunmen"),
                                                                         (2, "exact", "killed")]
    assert _figs("Six Taliban gunmen killed in the raid.") == [(6, "exact", "killed")]


def test_an_itemized_figure_after_a_dash_is_not_added_to_the_event() -> None:
    from sitrep.extract.event_fatalities import fatalities

    text = "At least six foreign militants—two Chechen and four Tajik gunmen—died in a drone strike."
    assert fatalities(text, [(0, len(text))])[0].value == 6


def test_titles_and_initialisms_do_not_cut_a_victim_phrase() -> None:
    found = find_quantities("More than 10 fighters of Brig. Gen. Tareq Saleh's forces were killed in the attack.")
    assert [(f.value, f.qualifier, f.counts) for f in found] == [(10, "more_than", "killed")]
    found = find_quantities("They said two U.S. soldiers and a Marine were killed.")
    assert [(f.value, f.text, f.counts) for f in found] == [(2, "two U.S. soldiers", "killed"),
                                                            (1, "a Marine", "killed")]


def test_shot_dead_and_a_single_man_count_the_dead() -> None:
    assert [(f.value, f.counts) for f in find_quantities("Gunmen shot dead two villagers.")] == [(2, "killed")]
    assert _figs("Troops shot and killed a Palestinian man.") == [(1, "exact", "killed")]


def test_one_kill_verb_counts_coordinated_victims_and_companions() -> None:
    assert _figs("A car bomb killed six soldiers and nine civilians.") == [(6, "exact", "killed"),
                                                                          (9, "exact", "killed")]
    assert _figs("Another ranger was killed alongside a suspected militant.") == [(1, "exact", "killed"),
                                                                                  (1, "exact", "killed")]
    assert _figs("Two people were shot dead in the street.") == [(2, "exact", "killed")]
    assert _figs("The bodies of three men were found.")[0] == (3, "exact", "killed")
