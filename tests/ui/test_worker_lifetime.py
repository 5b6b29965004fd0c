"""app.ui.worker frees its QObjects on the GUI thread, never through the cyclic garbage collector, and keeps
the collector off job threads while jobs run.

Regression for the SIGSEGV in test_ui_batch: the collector ran on a batch job's thread (add_changes allocates
thousands of sets) and freed the Worker <-> _Thread cycle of an earlier job; through that job's closure it
deleted a SyncController whose running QTimer stayed registered with the GUI thread's event loop, which then
delivered a timer event to freed memory (QTimerInfoList::activateTimers -> QCoreApplication::notifyInternal2).
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.db import Database
from app.operations.batch import BatchResult
from app.ui import worker
from app.ui.context import AppContext
from app.ui.dialogs.batch_dialog import batch_job
from app.ui.sync_controller import SyncController
from bench import build
from tests.ui.conftest import PromptLog


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


class Held:
    """Stands for what a job's closure keeps alive (in the app: the context with its SyncController)."""


def job_ending(how: str, held: Held) -> worker.Job[Any]:
    def job(progress: worker.Progress, _should_cancel: worker.ShouldCancel) -> int:
        progress(1, 1)
        if how == "error":
            raise RuntimeError("disk on fire")
        if how == "cancelled":
            raise worker.Cancelled
        return len([held])

    return job


@pytest.fixture
def collector_off() -> Iterator[None]:
    """No automatic collection during the test: whatever is freed, reference counting freed."""
    gc.collect()
    was_on = gc.isenabled()
    gc.disable()
    yield
    if was_on:
        gc.enable()


def run_once(qtbot: QtBot, n: int, how: str, freed: list[tuple[str, bool]]) -> None:
    """One job ending `how`, bare (as the request page's count) or with its progress window; finalizers
    note where the worker and what its job held are freed."""
    held = Held()
    weakref.finalize(held, lambda: freed.append((f"held {n}", on_gui_thread())))
    done: list[Any] = []
    if n % 2:
        running = worker.run_job(None, "Test", job_ending(how, held), on_done=done.append)
    else:
        running = worker.Worker(job_ending(how, held))
        running.finished.connect(lambda: done.append(True))
        running.start()
    weakref.finalize(running, lambda: freed.append((f"worker {n}", on_gui_thread())))
    finished = running.finished
    del held, running
    with qtbot.waitSignal(finished, timeout=10_000):
        pass
    both = {f"held {n}", f"worker {n}"}
    qtbot.waitUntil(lambda: both <= {name for name, _gui in freed}, timeout=5000)  # after Qt deleted it


def test_finished_workers_and_what_their_jobs_held_are_freed_on_the_gui_thread_without_the_collector(
    qtbot: QtBot, answers: PromptLog, collector_off: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", lambda *_args: None)  # the error ending's report
    freed: list[tuple[str, bool]] = []
    endings = ["value", "error", "cancelled"] * 2
    for n, how in enumerate(endings):
        run_once(qtbot, n, how, freed)
    assert len(freed) == 2 * len(endings)
    assert all(gui for _name, gui in freed), freed  # on the GUI thread, by reference counting
    assert not worker._running and not gc.isenabled()  # the test's own setting is left alone


def test_while_a_job_runs_the_collector_runs_on_the_gui_thread_only(qtbot: QtBot) -> None:
    assert gc.isenabled()
    threads: list[bool] = []

    def seen(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(on_gui_thread())

    def allocating(progress: worker.Progress, _should_cancel: worker.ShouldCancel) -> int:
        kept: list[list[set[str]]] = []  # as add_changes: many small containers, kept until the end
        started = time.perf_counter()
        while time.perf_counter() - started < 0.6 or len(kept) < 200:
            kept.append([set() for _ in range(1000)])
            progress(len(kept), 0)
            time.sleep(0.002)  # the GUI thread gets its turns (and polls) meanwhile
        return len(kept)

    running = worker.Worker(allocating)
    gc.callbacks.append(seen)
    try:
        with qtbot.waitSignal(running.finished, timeout=30_000):
            running.start()
    finally:
        gc.callbacks.remove(seen)
    assert running.value is not None and running.value >= 200
    assert threads, "no collection while the job allocated 200,000 objects"
    assert all(threads), f"{threads.count(False)} of {len(threads)} collections ran on the job's thread"
    assert gc.isenabled()  # automatic again after the last job


@pytest.fixture
def customers(db: Database) -> Database:
    build.add_customers(Path(db.url.removeprefix("sqlite:///")), 600)
    return db


def batch_round(qtbot: QtBot, db: Database, r: int, hammer: QTimer, freed: list[bool]) -> None:
    """A batch job over customers K…(100r+1)..K…(100r+100) whose closure holds a fresh context (its
    SyncController closed after delivery, as the ctx fixture does); the GUI thread collects every 2 ms
    until delivery, the job's own thread (fully) once at its start."""
    controller = SyncController(db)
    weakref.finalize(controller, lambda: freed.append(on_gui_thread()))
    commits: list[bool] = []
    controller.changed.connect(lambda _changes: commits.append(on_gui_thread()))
    job = batch_job(AppContext(db=db, controller=controller), "customer",
                    {"no": f"K{100 * r + 1:07d}..K{100 * r + 100:07d}"})  # fmt: skip

    def collecting(progress: worker.Progress, should_cancel: worker.ShouldCancel) -> BatchResult:
        gc.collect()  # the collection one of add_changes' allocations would start in this thread
        return job(progress, should_cancel)

    results: list[BatchResult] = []

    def delivered(result: BatchResult) -> None:
        hammer.stop()  # what this job leaves is left to the next job's own collection
        results.append(result)

    hammer.start()
    worker.run_job(None, "Batch", collecting, on_done=delivered)
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    qtbot.waitUntil(lambda: bool(commits), timeout=5000)  # the drain timer relayed the commits
    assert results[0].created == 100 and not results[0].cancelled
    assert all(commits)
    controller.close()  # as a test's or a window's context at its end: now only the job's closure holds it


def test_gc_on_both_threads_while_batch_jobs_commit_frees_every_context_on_the_gui_thread(
    qtbot: QtBot, customers: Database, answers: PromptLog
) -> None:
    """Without the fix, each finished job's Worker <-> _Thread cycle kept its closure, and so the context's
    SyncController, for the next job's collection, which freed it on the job's thread: a SIGSEGV (its
    QTimer) or, with the timer stopped at close, a finalizer on the wrong thread."""
    hammer = QTimer()
    hammer.setInterval(2)
    hammer.timeout.connect(lambda: gc.collect(0))  # the youngest generation: cheap whatever the heap
    freed: list[bool] = []
    for r in range(6):
        batch_round(qtbot, customers, r, hammer, freed)
    qtbot.waitUntil(lambda: len(freed) == 6, timeout=5000)
    assert all(freed), "a context's SyncController was freed on a job's thread"
