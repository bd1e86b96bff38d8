"""Auto-lock: an application-wide event filter that restarts a timer on every user input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._minutes = 0

    def set_minutes(self, minutes: int) -> None:
        """0 turns auto-lock off."""
        self._minutes = minutes
        self.restart()

    def set_interval_ms(self, milliseconds: int) -> None:
        """For tests: an interval shorter than a minute."""
        self._minutes = -1
        self._timer.setInterval(milliseconds)
        self._timer.start()

    def restart(self) -> None:
        if self._minutes == 0:
            self._timer.stop()
        elif self._minutes > 0:
            self._timer.start(self._minutes * 60_000)
        else:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()  # restart with the same interval
        return False
