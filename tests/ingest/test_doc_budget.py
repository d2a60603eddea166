"""The per-document budget (``doc_timeout``) counts CPU seconds: a stage that burns CPU past it is refused with
E402, while a stage that only waits (a machine busy with other work) is not, in the main thread (an alarm) and in
a worker thread (checked when the stage returns)."""

from __future__ import annotations

import threading
import time

import pytest

from sitrep.errors import SitrepError
from sitrep.pipeline.prepare import budget


def _burn(seconds: float) -> int:
    end, n = time.thread_time() + seconds, 0
    while time.thread_time() < end:
        n += 1
    return n


@pytest.fixture(autouse=True)
def _short(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_DOC_TIMEOUT", "0.3")


def test_cpu_past_the_budget_is_refused_in_the_main_thread() -> None:
    with pytest.raises(SitrepError) as err, budget("doc.txt"):
        _burn(5)  # the alarm interrupts it long before
    assert err.value.code == "E402"
    assert "0.3 CPU seconds" in str(err.value)


def test_waiting_is_not_counted_in_the_main_thread() -> None:
    with budget("doc.txt") as check:
        time.sleep(0.6)
        assert check("done") == "done"


def test_a_worker_thread_checks_its_own_cpu_time() -> None:
    got: dict[str, object] = {}

    def run() -> None:
        with budget("doc.txt") as check:
            time.sleep(0.6)
            got["slept"] = check("ok")
            try:
                check(_burn(0.5))
            except SitrepError as e:
                got["burnt"] = e.code

    t = threading.Thread(target=run)
    t.start()
    t.join()
    assert got == {"slept": "ok", "burnt": "E402"}
