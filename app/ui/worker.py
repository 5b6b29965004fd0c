"""Long jobs off the GUI thread (DESIGN.md "Responsiveness"): a QThread, a progress bar, a Cancel.

How to use it::

    def job(progress: Progress, should_cancel: ShouldCancel) -> Report:
        # Runs in the worker thread: open sessions here (operations taking `db` do), never touch widgets or
        # objects of the GUI thread's sessions. Report often; check should_cancel() at least every ~0.2 s.
        return import_export.apply(db, path, progress=progress, should_cancel=should_cancel)

    worker.run_job(parent, title, job, on_done=show_report, label=tr("Importing…"))

- `progress(done, total)` only stores the latest numbers (cheap, any rate); the GUI thread shows them every
  100 ms. total <= 0 shows a moving busy bar.
- Cancel (or closing the progress window) makes `should_cancel()` True; the job returns what it has (a
  cancelled result) or raises `Cancelled`; the window says "Cancelling…" until it does.
- Delivery on the GUI thread: `on_done(value)` (None when the job raised Cancelled); a refusal (UserError)
  is shown as a prompt (or given to `on_refused`); any other exception goes to sys.excepthook, the normal
  error path.
- The windows stay usable: the progress window is not modal. Each commit of the job reaches the open windows
  through the change bus (the SyncController relays commits made in other threads to the GUI thread).
- `Worker` is the thread without a window, for a page that embeds its own `ProgressPanel`.

Lifetime: a worker, its QThread and its QTimer are GUI-thread QObjects owned by Python. They are freed on the
GUI thread by reference counting, never by the cyclic garbage collector, which runs on whichever thread
allocates, often a job's thread: there it deleted a finished worker's QObjects and, through the job's closure,
a SyncController whose active QTimer stayed registered with the GUI thread's event loop (SIGSEGV in
QTimerInfoList::activateTimers). Hence no reference cycle: the thread holds only the plain `_Run`, never the
Worker, and a delivered worker is kept until Qt deletes it (deleteLater, on the GUI thread). And since any
window's garbage may hold a QObject, while a job runs the collector runs on the GUI thread only (_Collector).
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.ui import prompts
from app.ui.qt_fixes import emit

log = logging.getLogger(__name__)
T = TypeVar("T")
Progress = Callable[[int, int], None]  # (done, total)
ShouldCancel = Callable[[], bool]
Job = Callable[[Progress, ShouldCancel], T]
POLL_MS = 100  # how often the GUI thread shows the job's latest progress
CONTEXT = "worker"
_running: set[Worker[Any]] = set()  # alive until delivered, whatever happens to the windows
_retiring: dict[int, Worker[Any]] = {}  # delivered; kept until Qt deletes them (deleteLater, GUI thread)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Cancelled(Exception):
    """A job may raise it when it sees should_cancel(): delivered as a cancel, not as an error."""


class _Collector:
    """While a job runs, the cyclic garbage collector runs on the GUI thread only.

    CPython runs it on whichever thread crosses its allocation threshold, and a job's thread allocates most;
    garbage cycles of windows (a widget and its helpers refer to each other) may hold live QObjects, which
    must not be deleted on a job's thread. So automatic collection is off while jobs run, and each worker's
    poll on the GUI thread runs the collection that is due, on the collector's own schedule."""

    restore = False  # the collector was on when the first job started

    @classmethod
    def jobs_started(cls) -> None:
        if not _running:
            cls.restore = gc.isenabled()
            gc.disable()

    @classmethod
    def collect_due(cls) -> None:
        counts, limits = gc.get_count(), gc.get_threshold()
        if not cls.restore or not limits[0]:
            return  # the application had turned it off itself
        for generation in (2, 1, 0):  # as CPython: the oldest generation whose count passed its threshold
            if counts[generation] > limits[generation]:
                gc.collect(generation)
                return

    @classmethod
    def jobs_ended(cls) -> None:
        if not _running and cls.restore:
            gc.enable()


class _Run:
    """What the job's thread shares with the GUI thread: the job and its state (plain values, no Qt), and no
    reference to the Worker, so that worker and thread form no cycle for the collector to find."""

    def __init__(self, job: Job[Any]) -> None:
        self.job: Job[Any] | None = job
        self.cancel = threading.Event()
        self.ended = threading.Event()
        self._lock = threading.Lock()
        self._latest = (0, 0)
        self.value: Any = None
        self.error: BaseException | None = None
        self.cancelled = False

    def progress(self, done: int, total: int) -> None:
        with self._lock:
            self._latest = (done, total)

    def latest(self) -> tuple[int, int]:
        with self._lock:
            return self._latest

    def execute(self) -> None:
        """In the job's thread."""
        assert self.job is not None
        try:
            self.value = self.job(self.progress, self.cancel.is_set)
        except Cancelled:
            self.cancelled = True
        except BaseException as exc:  # delivered to the GUI thread, which shows it
            self.error = exc
        finally:
            self.cancelled = self.cancelled or bool(getattr(self.value, "cancelled", False))
            self.ended.set()


class _Thread(QThread):
    def __init__(self, run: _Run) -> None:
        super().__init__()
        self._run = run

    def run(self) -> None:
        self._run.execute()


class Worker(QObject, Generic[T]):
    """Runs `job(progress, should_cancel)` in its own QThread.

    Signals (all on the GUI thread): progressed(done, total) at most every POLL_MS while it changes;
    finished() once the job has ended (within POLL_MS), after which `value`, `error` and `cancelled` tell
    how. After finished() the worker deletes itself (deleteLater); those attributes stay readable.
    """

    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, job: Job[T], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run = _Run(job)
        self._shown = (-1, -1)
        self.value: T | None = None
        self.error: BaseException | None = None
        self.cancelled = False
        # Nothing of Qt crosses threads: the GUI thread polls the job's state (plain, lock-guarded values).
        self._thread = _Thread(self._run)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        key = id(self)  # the lambda must not hold the worker: it is what lets the worker go
        self.destroyed.connect(lambda: _retiring.pop(key, None))

    # --- GUI thread ---------------------------------------------------------------------------------
    def start(self) -> None:
        _install_once()
        _Collector.jobs_started()
        _running.add(self)
        self._timer.start()
        self._thread.start()

    def cancel(self) -> None:
        """Ask the job to stop; it answers at its next should_cancel() check."""
        self._run.cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._run.cancel.is_set()

    def is_running(self) -> bool:
        """True until the job has returned (or raised)."""
        return not self._run.ended.is_set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the thread ended (shutdown, tests); True when it did."""
        return self._thread.wait() if msecs < 0 else self._thread.wait(msecs)

    def latest(self) -> tuple[int, int]:
        return self._run.latest()

    def _poll(self) -> None:
        _Collector.collect_due()
        latest = self.latest()
        if latest != self._shown:
            self._shown = latest
            emit(self.progressed, *latest)
        if self._run.ended.is_set():
            self._thread.wait()  # returns at once: the job is over, only the thread's exit remains
            self._timer.stop()
            run = self._run
            self.value, self.error, self.cancelled = run.value, run.error, run.cancelled
            run.job = run.value = run.error = None  # what the job held is the worker's alone from now on
            _retiring[id(self)] = self  # until Qt deletes it (below), on this thread: never the collector
            _running.discard(self)
            _Collector.jobs_ended()
            emit(self.finished)
            self.deleteLater()


def cancel_all(msecs: int = 2000) -> None:
    """At quit: ask every running job to stop and wait for it (its finished chunks stay committed)."""
    for worker in list(_running):
        worker.cancel()
    for worker in list(_running):
        worker.wait(msecs)


class ProgressPanel(QWidget):
    """A label, a bar and Cancel, following one worker; embeddable in a page, or inside ProgressDialog."""

    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_panel")
        self._text = label or _tr("Working…")
        self.label = QLabel(self._text, self)
        self.label.setObjectName("progress_label")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progress_bar")
        self.bar.setRange(0, 0)  # busy until the job tells its total
        self.cancel_button = QPushButton(_tr("Cancel"), self)
        self.cancel_button.setObjectName("action_cancel")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        self._worker: Worker[Any] | None = None

    def follow(self, worker: Worker[Any]) -> None:
        self._worker = worker
        worker.progressed.connect(self.show_progress)
        self.cancel_button.clicked.connect(self.cancel)

    def show_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))
        if not (self._worker and self._worker.cancel_requested):
            self.label.setText(
                _tr("{done} of {total} records processed…").format(
                    done=QLocale().toString(done), total=QLocale().toString(total)
                )
            )

    def cancel(self) -> None:
        if self._worker is None or self._worker.cancel_requested:
            return
        self._worker.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(_tr("Cancelling… What is done stays done."))


class ProgressDialog(QDialog):
    """A non-modal window around a ProgressPanel: the other windows stay usable; closing it cancels."""

    def __init__(self, parent: QWidget | None, title: str, label: str, object_name: str) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumWidth(420)
        self.panel = ProgressPanel(label, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self._ended = False

    def end(self) -> None:
        """The job has ended: close for good."""
        self._ended = True
        self.done(QDialog.DialogCode.Rejected.value)

    def reject(self) -> None:  # Esc, and QDialog's own close: cancel the job; the window stays until it ends
        if self._ended:
            super().reject()
        else:
            self.panel.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._ended:  # the window's close button: cancel, and stay until the job has stopped
            self.panel.cancel()
            event.ignore()
            return
        super().closeEvent(event)


class _Delivery(QObject, Generic[T]):
    """Hands a finished worker's outcome to the caller on the GUI thread, the progress window closed first."""

    def __init__(
        self,
        worker: Worker[T],
        dialog: ProgressDialog,
        title: str,
        on_done: Callable[[T], None],
        on_refused: Callable[[UserError], None] | None,
    ) -> None:
        super().__init__(worker)
        self.worker, self.dialog, self.title = worker, dialog, title
        self.on_done, self.on_refused = on_done, on_refused
        worker.finished.connect(self.deliver)

    def deliver(self) -> None:
        parent = self.dialog.parentWidget()
        self.dialog.end()
        self.dialog.deleteLater()
        error = self.worker.error
        if isinstance(error, UserError):
            log.info("job refused: %s", error.template)  # the template only: no field values (§16)
            if self.on_refused is not None:
                self.on_refused(error)
            else:
                prompts.error(parent, self.title, error.message)
        elif error is not None:
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            self.on_done(self.worker.value)  # type: ignore[arg-type]  # None only after Cancelled


def run_job(
    parent: QWidget | None,
    title: str,
    job: Job[T],
    *,
    on_done: Callable[[T], None],
    label: str = "",
    on_refused: Callable[[UserError], None] | None = None,
    object_name: str = "dialog_progress",
) -> Worker[T]:
    """Run `job` in a worker with a progress window titled `title`; see the module docstring."""
    dialog = ProgressDialog(parent, title, label, object_name)
    worker: Worker[T] = Worker(job)
    dialog.panel.follow(worker)
    _Delivery(worker, dialog, title, on_done, on_refused)
    dialog.show()
    worker.start()
    return worker


_installed = False


def _install_once() -> None:
    """At the first job: when the application quits, running jobs are cancelled and waited for."""
    global _installed
    app = QCoreApplication.instance()
    if not _installed and app is not None:
        app.aboutToQuit.connect(cancel_all)
        _installed = True


__all__ = [
    "Cancelled",
    "Job",
    "Progress",
    "ProgressDialog",
    "ProgressPanel",
    "ShouldCancel",
    "Worker",
    "cancel_all",
    "run_job",
]
