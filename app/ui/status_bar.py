"""The main window's status bar: a message (the demo summary, a batch job's result) and the database in use,
each in a widget of its own, so that neither runs into the other; a text too long for its place is elided
("…") and shown whole in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

DATABASE_SHARE = 0.45  # of the bar's width at most for the database label; the message gets the rest


class ElidedLabel(QLabel):
    """A one-line label showing as much of its text as fits, ending in "…", the whole text in its tooltip."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.preferred_width(), super().sizeHint().height())

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def preferred_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 4

    def is_elided(self) -> bool:
        return self.text() != self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin()
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(width, 0)))


class StatusBar(QStatusBar):
    """objectName `status_bar`: `status_message` (stretching, left), `status_database` (permanent, right).
    showMessage() puts the text into `status_message` (Qt's own hover tips use the bar's message area)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_bar")
        self.message = ElidedLabel("status_message", self)
        self.database = ElidedLabel("status_database", self)
        self.addWidget(self.message, 1)
        self.addPermanentWidget(self.database)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_message)

    def set_database_text(self, text: str) -> None:
        self.database.set_full_text(text)
        self._size_database()

    def showMessage(self, text: str, timeout: int = 0) -> None:
        self.message.set_full_text(text)
        self._timer.stop()
        if timeout > 0:
            self._timer.start(timeout)

    def currentMessage(self) -> str:
        return self.message.full_text() or super().currentMessage()

    def clear_message(self) -> None:
        self.message.set_full_text("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_database()

    def _size_database(self) -> None:
        """The database label takes the width its text needs, at most its share of the bar."""
        limit = int(self.width() * DATABASE_SHARE) if self.width() > 0 else self.database.preferred_width()
        width = max(min(self.database.preferred_width(), limit), 40)
        if width != self.database.width() or width != self.database.minimumWidth():
            self.database.setFixedWidth(width)
            self.reformat()  # QStatusBar's own layout, which a child's new fixed width does not redo
