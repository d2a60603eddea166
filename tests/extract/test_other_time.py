from sitrep.extract.other_time import this_time


def test_sentence_at_an_earlier_time_is_blanked() -> None:
    text = "On 4 June, farmers marched to the town hall. In the previous month, riots shook the prisons. [size=50]"
    out = this_time(text)
    assert len(out) == len(text)
    assert "riots" not in out and "farmers marched" in out and "[size=50]" in out


def test_days_earlier_and_day_before() -> None:
    text = "Nurses rallied on Monday. Two days earlier, police clashed with drivers. The day before, a bus burned."
    out = this_time(text)
    assert "clashed" not in out and "burned" not in out and "Nurses rallied" in out


def test_event_sentence_and_same_day_kept() -> None:
    text = "Earlier, teachers protested. Earlier that day, police fired tear gas at them."
    assert this_time(text) == text


def test_text_without_other_time_unchanged() -> None:
    text = "Students gathered. Police dispersed them."
    assert this_time(text) is text
