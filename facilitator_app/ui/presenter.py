"""The presenter view: a second window with the big timer and the current question.

Meant for a projector, a second monitor or a shared screen: it follows the main window
live (it listens to the same ``LiveSession``) and scales its text to its size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFontInfo,
    QGuiApplication,
    QHideEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from facilitator_app.services.timer import TimerState, format_clock
from facilitator_app.ui import colours, keymap
from facilitator_app.ui.timer_panel import LiveSession, progress_style


def presenter_timer_style(state: TimerState) -> str:
    """The countdown's colour on the presenter's dark background (the words say the same)."""
    if state.overrun:
        return f"color: {colours.PRESENTER_ALERT};"
    if not state.running:
        return f"color: {colours.PRESENTER_MUTED};"
    return f"color: {colours.PRESENTER_TEXT};"


class PresenterWindow(QWidget):
    """Big timer, current question and its sub-questions; F11 toggles full screen.

    ``shown`` tells whether it is on screen, so the View menu's tick follows it.
    """

    shown = Signal(bool)

    def __init__(self, live: LiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.live = live
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("Presenter – {group}").format(group=live.context.group.name))
        self.setAccessibleName(self.tr("Presenter view"))
        self.setStyleSheet(
            f"#presenterWindow {{ background: {colours.PRESENTER_BACKGROUND}; }}"
            f" QLabel {{ color: {colours.PRESENTER_TEXT}; }}"
        )
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subs_label = QLabel()
        self.subs_label.setWordWrap(True)
        self.subs_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.clock_label = QLabel()
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock_label.setAccessibleName(self.tr("Time left"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(14)
        self.info_label = QLabel()
        self.info_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title_label)
        layout.addWidget(self.clock_label, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.info_label)
        layout.addWidget(self.subs_label, 2)
        self.full_screen_action = QAction(keymap.label("presenter.full_screen"), self)
        self.full_screen_action.setShortcuts(keymap.sequences("presenter.full_screen"))
        self.full_screen_action.triggered.connect(self.toggle_full_screen)
        self.addAction(self.full_screen_action)
        self.leave_action = QAction(keymap.label("presenter.leave"), self)
        self.leave_action.setShortcuts(keymap.sequences("presenter.leave"))
        self.leave_action.triggered.connect(self.showNormal)
        self.addAction(self.leave_action)
        live.ticked.connect(self.refresh)
        live.changed.connect(self.refresh)
        self.resize(960, 600)
        self._scale()
        self.refresh()

    def show_on_best_screen(self) -> None:
        """Show on a second monitor in full screen if there is one, else as a window."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        main = parent.screen() if parent is not None else None
        other = next((s for s in screens if s is not main), None)
        if other is not None and len(screens) > 1:
            self.setScreen(other)
            self.move(other.geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()

    def toggle_full_screen(self) -> None:
        """Full screen on or off."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def refresh(self) -> None:
        """Show the live state (called on every repaint tick)."""
        now = self.live.now()
        line = self.live.timeline
        current = line.current
        state = line.timer(now)
        if current is None:
            self.title_label.setText(self.tr("Thank you!"))
            self.clock_label.setText("")
            self.subs_label.setText("")
            self.info_label.setText("")
            self.progress.setValue(1000)
            return
        assert state is not None
        self.title_label.setText(current.title)
        self.clock_label.setText(format_clock(state.remaining_s))
        self.clock_label.setStyleSheet(presenter_timer_style(state))
        self.progress.setValue(round(state.progress * 1000))
        self.progress.setStyleSheet(progress_style(state))
        self.subs_label.setText("\n".join(f"• {q}" for q in current.sub_questions))
        back = line.back_at(now)
        if back is not None:
            self.info_label.setText(self.tr("Back at {time}").format(time=back.strftime("%H:%M")))
        elif state.overrun:
            self.info_label.setText(self.tr("Time is up"))
        else:
            self.info_label.setText("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the text with the window so it stays readable across a room."""
        super().resizeEvent(event)
        self._scale()

    def changeEvent(self, event: QEvent) -> None:
        """The system's font size changed: scale the text from the new size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._scale()

    def _scale(self) -> None:
        height = max(200, self.height())
        width = max(300, self.width())
        # Never smaller than the user's own font size (times a factor): someone who set
        # a large system font gets a larger presenter view in a small window too.
        base = QFontInfo(QApplication.font()).pixelSize()
        for label, share, least in (
            (self.clock_label, 0.22, 3.0),
            (self.title_label, 0.055, 1.5),
            (self.subs_label, 0.04, 1.2),
            (self.info_label, 0.05, 1.2),
        ):
            font = label.font()
            # Bounded by width too, so "+1:02:05" never spills out of a narrow window.
            size = int(min(height * share, width * share * 0.9))
            font.setPixelSize(max(round(base * least), size))
            font.setBold(label is self.clock_label or label is self.title_label)
            label.setFont(font)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing only hides it; the main window's action shows it again."""
        self.hide()
        event.ignore()

    def showEvent(self, event: QShowEvent) -> None:
        """Tell the View menu it is on screen."""
        super().showEvent(event)
        self.refresh()
        self.shown.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        """Tell the View menu it is gone."""
        super().hideEvent(event)
        self.shown.emit(False)
