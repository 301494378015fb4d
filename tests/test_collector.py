"""The collector pause: the collector runs again afterwards, what the pause made is not
left for the young generation's next scan, and nobody else's frozen objects are let go."""

from __future__ import annotations

import gc

from facilitator_app.collector import collector_paused


def test_the_collector_is_paused_inside_and_runs_again_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_what_the_pause_kept_is_moved_to_the_oldest_generation() -> None:
    with collector_paused():
        kept = [[n] for n in range(20_000)]
        assert gc.get_count()[0] >= 20_000
    assert gc.get_count()[0] < 1_000
    assert len(kept) == 20_000


def test_objects_someone_froze_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with collector_paused():
            kept = [[n] for n in range(1_000)]
        assert gc.get_freeze_count() == frozen
        assert len(kept) == 1_000
    finally:
        gc.unfreeze()
