"""Bulk work pauses automatic garbage collection and leaves it exactly as it found it."""

import gc

import pytest

from ehr_desktop.gc_pause import collection_paused


@pytest.fixture
def collector():
    was_enabled = gc.isenabled()  # the GUI tests' gc_guard may have switched it off
    yield
    (gc.enable if was_enabled else gc.disable)()


def test_paused_inside_the_block_and_back_on_after(collector):
    gc.enable()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_back_on_after_an_error(collector):
    gc.enable()
    with pytest.raises(ZeroDivisionError), collection_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_left_off_where_the_gui_switched_it_off(collector):
    # The GUI collects on its UI thread only (gui.gc_guard): an import must not switch the
    # automatic collector back on behind its back.
    gc.disable()
    with collection_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
