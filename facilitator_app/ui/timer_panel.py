"""The live session (timeline + repaint tick) and the facilitator's timer panel.

``LiveSession`` holds the ``Timeline`` read from the store after every change and a
``QTimer`` that only asks for repaints; what the panels show is always computed by the
timer service from stored events and the injected clock, never from counted ticks.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.clock import Clock
from facilitator_app.errors import UserError
from facilitator_app.services import timer_commands
from facilitator_app.services.preferences import get_preference, set_preference
from facilitator_app.services.timer import Timeline, TimerState, format_clock
from facilitator_app.services.workshop import SessionContext
from facilitator_app.store import Store
from facilitator_app.ui import colours
from facilitator_app.ui.announce import announce
from facilitator_app.ui.colours import Tone, follow_system, text_style
from facilitator_app.ui.messages import user_message

T = TypeVar("T")
REPAINT_MS = 250
FLASH_SECONDS = 6
# A spoken warning this long before a timebox runs out (only for longer timeboxes).
WARNING_SECONDS = 120
SOUND_PREFERENCE = "timer_sound"


def describe_error(error: UserError) -> str:
    """The user's-language message for an agenda or timer error."""
    return user_message(error)


def minutes_text(seconds: float) -> str:
    """``1:05`` (hours:minutes) or ``25 min`` for a span of time."""
    total = max(0, round(seconds / 60))
    if total >= 60:
        return f"{total // 60}:{total % 60:02d}"
    return QCoreApplication.translate("AgendaMessages", "{n} min").format(n=total)


def planned_day_text(line: Timeline) -> str:
    """``Wed 22 Sep 2021, 09:00–13:00``: the session's planned day and times.

    In the workshop's time zone, with day and month names of the UI's locale (the
    Norwegian UI gets ``ons. 22. sep. 2021``; the pattern itself is translatable).
    """
    start = line.session_start.astimezone(line.zone)
    end = line.session_end.astimezone(line.zone)
    pattern = QCoreApplication.translate(
        "AgendaMessages", "ddd d MMM yyyy", "QLocale date pattern of the planned session day"
    )
    day = QLocale().toString(QDate(start.year, start.month, start.day), pattern)
    return f"{day}, {start:%H:%M}–{end:%H:%M}"


class LiveSession(QObject):
    """The agenda and timer of one group in one session, as the UI sees them live.

    ``changed`` fires after a reload (a command changed something); ``ticked`` asks for
    a repaint; ``current_changed`` carries the id of the new current item (or None);
    ``time_up`` the id of an item whose running timebox just ran out; ``warning`` the id
    of one with ``WARNING_SECONDS`` left; ``message`` a sentence for the status bar
    (errors among them are also announced to screen readers).
    """

    changed = Signal()
    ticked = Signal()
    current_changed = Signal(object)
    time_up = Signal(object)
    warning = Signal(object)
    message = Signal(str)

    def __init__(
        self, store: Store, context: SessionContext, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.context = context
        self.clock = clock
        self.timeline: Timeline = timer_commands.load_timeline(store, context)
        current = self.timeline.current
        self.current_id: uuid.UUID | None = current.id if current is not None else None
        # Remembered only to notice the moment a timebox runs out, not to measure time.
        self._was_overrun = self._overrun_now()
        self._was_warned = self._warned_now()
        self.sound_on = get_preference(store, SOUND_PREFERENCE, "on") != "off"
        self._repaint = QTimer(self)
        self._repaint.setInterval(REPAINT_MS)
        self._repaint.timeout.connect(self.tick)
        self._repaint.start()

    def now(self) -> dt.datetime:
        """The injected clock's time."""
        return self.clock.now()

    def state(self) -> TimerState | None:
        """The current item's timer state now."""
        return self.timeline.timer(self.now())

    def _overrun_now(self) -> tuple[uuid.UUID | None, bool]:
        state = self.state()
        return self.current_id, bool(state is not None and state.overrun)

    def _warned_now(self) -> tuple[uuid.UUID | None, bool]:
        state = self.state()
        return self.current_id, bool(
            state is not None and state.mode != "idle" and state.remaining_s <= WARNING_SECONDS
        )

    def reload(self) -> None:
        """Read the timeline again after a change and tell the panels."""
        self.timeline = timer_commands.load_timeline(self.store, self.context)
        current = self.timeline.current
        new_id = current.id if current is not None else None
        moved = new_id != self.current_id
        self.current_id = new_id
        if moved:
            # A new item that is already over (reopened) does not ring again.
            self._was_overrun = self._overrun_now()
            self._was_warned = self._warned_now()
        self.changed.emit()
        if moved:
            self.current_changed.emit(new_id)
        self.tick()

    def tick(self) -> None:
        """Repaint; notice when the running timebox has just run out."""
        state = self.state()
        now_over = bool(state is not None and state.running and state.overrun)
        item_id, was_over = self._was_overrun
        if now_over and not was_over and item_id == self.current_id:
            self.time_up.emit(self.current_id)
            if self.sound_on:
                QApplication.beep()
        self._was_overrun = (self.current_id, bool(state is not None and state.overrun))
        near = bool(
            state is not None and state.running and 0 < state.remaining_s <= WARNING_SECONDS
        )
        warned_id, was_near = self._was_warned
        if near and not was_near and warned_id == self.current_id:
            assert state is not None
            if state.budget_s > WARNING_SECONDS:  # a 2-minute item needs no 2-minute warning
                self.warning.emit(self.current_id)
        self._was_warned = self._warned_now()
        self.ticked.emit()

    def run(self, command: Callable[[], T]) -> T | None:
        """Run a service command; on a user error say why and return None."""
        try:
            result = command()
        except UserError as exc:
            self.say(describe_error(exc), assertive=True)
            return None
        self.reload()
        return result

    def say(self, text: str, *, assertive: bool = False) -> None:
        """Show ``text`` in the status bar and have screen readers read it too."""
        self.message.emit(text)
        announce(self.parent(), text, assertive=assertive)

    def set_sound(self, on: bool) -> None:
        """Turn the time-up sound on or off (remembered in the data folder)."""
        self.sound_on = on
        set_preference(self.store, SOUND_PREFERENCE, "on" if on else "off")

    def stop(self) -> None:
        """Stop repainting (the window is closing)."""
        self._repaint.stop()


def timer_style(state: TimerState | None) -> str:
    """Style sheet colour of the countdown: red when overrun, grey when not running.

    The colour only repeats what the text says ("+01:02" over time, "Pause"/"Resume").
    """
    if state is None:
        return text_style(Tone.MUTED)
    if state.overrun:
        return text_style(Tone.ALERT)
    if not state.running:
        return text_style(Tone.MUTED)
    return ""


def progress_style(state: TimerState | None) -> str:
    """The progress bar turns red once the timebox is used up."""
    if state is not None and state.overrun and not follow_system():
        return f"QProgressBar::chunk {{ background: {colours.BANNER_BACKGROUND}; }}"
    return ""


class TimerPanel(QFrame):
    """Countdown of the current item, controls, session clock and schedule signal."""

    def __init__(self, live: LiveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.setObjectName("timerPanel")
        self.setAccessibleName(self.tr("Timer"))
        self.flash_until: dt.datetime | None = None
        self._title_key: tuple[str, int] = ("", 0)
        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        self.item_label.setTextFormat(Qt.TextFormat.PlainText)
        # Room for three lines whatever the title: a two-line title after a one-line one
        # pushed the clock and the buttons down under the facilitator's pointer.
        title_font = self.item_label.font()
        title_font.setBold(True)
        self.item_label.setFont(title_font)
        self.item_label.setFixedHeight(self.item_label.fontMetrics().lineSpacing() * 3 + 4)
        self.item_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A long word in a title must not widen the column either (it is cut with "…").
        self.item_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.clock_label = QLabel()
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock_label.setAccessibleName(self.tr("Time left of the current item"))
        font = self.clock_label.font()
        font.setPointSize(36)
        font.setBold(True)
        self.clock_label.setFont(font)
        # As wide as the widest time it shows (an hour or more, over time): the column
        # does not widen when a one-hour item comes, so the buttons stay where they were.
        self.clock_label.setMinimumWidth(
            self.clock_label.fontMetrics().horizontalAdvance("+0:00:00")
        )
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Share of the timebox used"))
        self.start_button = QPushButton()
        self.minus_button = QPushButton(self.tr("−1 min"))
        self.minus_button.setAccessibleName(self.tr("One minute less"))
        self.plus_button = QPushButton(self.tr("+1 min"))
        self.plus_button.setAccessibleName(self.tr("One minute more"))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setAccessibleName(self.tr("Reset the timer"))
        # Two rows of two: the column stays narrow enough for a 1280-pixel screen, and
        # every button keeps its place whatever the item or the timer's state.
        buttons = QGridLayout()
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.reset_button, 0, 1)
        buttons.addWidget(self.minus_button, 1, 0)
        buttons.addWidget(self.plus_button, 1, 1)
        self._fix_start_width()
        # Every label wraps: one that cannot would widen the column for a long line
        # ("Back at …", "On time (25 min to spare)") and shift the buttons sideways.
        self.back_label = QLabel()
        self.back_label.setWordWrap(True)
        font = self.back_label.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.back_label.setFont(font)
        self.session_clock = QLabel()
        self.session_clock.setAccessibleName(self.tr("Session clock"))
        self.session_clock.setWordWrap(True)
        self.schedule_label = QLabel()
        self.schedule_label.setWordWrap(True)
        self.schedule_label.setAccessibleName(self.tr("Schedule"))
        # On another day than planned: when the session was planned and what the clock
        # counts from instead.
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.plan_label.setAccessibleName(self.tr("Planned time"))
        self.plan_label.setStyleSheet(text_style(Tone.MUTED))
        self.clock_note = QLabel()
        self.clock_note.setWordWrap(True)
        self.clock_note.setStyleSheet(text_style(Tone.WARNING))
        self.flash_label = QLabel()
        self.flash_label.setWordWrap(True)
        self.flash_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.flash_label.setStyleSheet(
            "font-weight: bold; padding: 4px;"
            if follow_system()
            else f"background: {colours.BANNER_BACKGROUND}; color: {colours.BANNER_TEXT};"
            " font-weight: bold; padding: 4px;"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.item_label)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        layout.addWidget(self.back_label)
        layout.addWidget(self.flash_label)
        layout.addWidget(self.clock_note)
        layout.addWidget(self.session_clock)
        layout.addWidget(self.schedule_label)
        layout.addWidget(self.plan_label)
        # Spare height goes below the labels: a status line that appears or wraps under the
        # buttons took it from the clock above and moved the buttons (seen under load).
        layout.addStretch(1)
        live.ticked.connect(self.refresh)
        live.time_up.connect(self._time_up)
        live.warning.connect(self._warning)
        self.refresh()

    def _fix_start_width(self) -> None:
        """Start, Pause and Resume take the same room, so nothing shifts when it changes."""
        metrics = self.start_button.fontMetrics()
        words = (self.tr("Start"), self.tr("Pause"), self.tr("Resume"))
        widest = max(metrics.horizontalAdvance(w) for w in words)
        self.start_button.setMinimumWidth(widest + 2 * metrics.averageCharWidth() + 16)

    def _show_title(self, title: str) -> None:
        """The item's title in at most three lines (cut with "…"; the whole in the tooltip)."""
        width = max(80, self.item_label.width())
        if self._title_key == (title, width):
            return  # called four times a second: lay the text out only when it changed
        self._title_key = (title, width)
        metrics = self.item_label.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        limit = self.item_label.height()
        shown = title
        words = title.split()
        while (
            len(words) > 1
            and metrics.boundingRect(0, 0, width, 10_000, flags, shown).height() > limit
        ):
            words.pop()
            shown = " ".join(words) + "…"
        self.item_label.setText(shown)
        self.item_label.setToolTip(title if shown != title else "")
        self.item_label.setAccessibleName(title)

    def _time_up(self, _item_id: object) -> None:
        self.flash_until = self.live.now() + dt.timedelta(seconds=FLASH_SECONDS)
        current = self.live.timeline.current
        if current is not None:
            text = self.tr("Time is up for “{title}”.").format(title=current.title)
            self.live.say(text, assertive=True)
        self.refresh()

    def _warning(self, _item_id: object) -> None:
        current = self.live.timeline.current
        if current is not None:
            text = self.tr("%n minute(s) left of “{title}”.", "", WARNING_SECONDS // 60).format(
                title=current.title
            )
            self.live.say(text)

    def refresh(self) -> None:
        """Show the state at the clock's now (called on every repaint tick)."""
        now = self.live.now()
        line = self.live.timeline
        current = line.current
        state = line.timer(now)
        if current is None:
            self._show_title(self.tr("The agenda is finished."))
            self.clock_label.setText("--:--")
        else:
            self._show_title(current.title)
            assert state is not None
            self.clock_label.setText(format_clock(state.remaining_s))
        self.clock_label.setStyleSheet(timer_style(state))
        self.progress.setValue(round((state.progress if state else 0) * 1000))
        self.progress.setStyleSheet(progress_style(state))
        mode = state.mode if state is not None else "idle"
        self.start_button.setText(
            {"idle": self.tr("Start"), "running": self.tr("Pause"), "paused": self.tr("Resume")}[
                mode
            ]
        )
        self.start_button.setAccessibleName(self.start_button.text())
        for button in (self.start_button, self.minus_button, self.plus_button, self.reset_button):
            button.setEnabled(current is not None)
        self.clock_label.setAccessibleDescription(self._spoken_state(state))
        back = line.back_at(now)
        self.back_label.setVisible(back is not None)
        if back is not None:
            self.back_label.setText(self.tr("Back at {time}").format(time=back.strftime("%H:%M")))
        flashing = self.flash_until is not None and now < self.flash_until
        if state is not None and state.overrun and flashing:
            self.flash_label.setText(self.tr("Time is up!"))
            self.flash_label.setVisible(True)
        else:
            self.flash_label.setVisible(False)
        went_back = state is not None and state.clock_went_back
        self.clock_note.setVisible(went_back)
        if went_back:
            # An NTP fix set the clock back: the timer holds rather than count negative.
            self.clock_note.setText(
                self.tr(
                    "The computer's clock was set back; the timer holds until the clock catches up."
                )
            )
        self._show_session(now)

    def _spoken_state(self, state: TimerState | None) -> str:
        if state is None:
            return self.tr("No current item")
        if state.overrun:
            return self.tr("Over time by {time}").format(time=format_clock(-state.remaining_s))
        return self.tr("{time} left").format(time=format_clock(state.remaining_s))

    def _show_session(self, now: dt.datetime) -> None:
        line = self.live.timeline
        signal = line.schedule(now)
        if signal is None:
            # Another day than planned and nothing started yet: nothing to count down to.
            self.session_clock.setText(
                no_widow(
                    self.tr("Planned for {day} · not started").format(day=planned_day_text(line))
                )
            )
            self.session_clock.setStyleSheet(text_style(Tone.MUTED))
            self.schedule_label.setText("")
            self.schedule_label.setVisible(False)
            self.plan_label.setVisible(False)
            return
        self.session_clock.setStyleSheet("")
        self.schedule_label.setVisible(line.current is not None)
        run = signal.run
        self.plan_label.setVisible(run.shifted)
        if run.shifted:
            self.plan_label.setText(
                no_widow(
                    self.tr("Planned for {day} · timed from your start at {time}").format(
                        day=planned_day_text(line),
                        time=run.start.astimezone(line.zone).strftime("%H:%M"),
                    )
                )
            )
        end = run.end.astimezone(line.zone).strftime("%H:%M")
        if signal.session_left_s >= 0:
            self.session_clock.setText(
                self.tr("Session: {left} left (ends {end})").format(
                    left=minutes_text(signal.session_left_s), end=end
                )
            )
        else:
            self.session_clock.setText(
                self.tr("Session: {over} past the end ({end})").format(
                    over=minutes_text(-signal.session_left_s), end=end
                )
            )
        if line.current is None:
            self.schedule_label.setText("")
        elif signal.on_time:
            text = self.tr("On time")
            if signal.spare_min:
                text = self.tr("On time ({n} min to spare)").format(n=signal.spare_min)
            self.schedule_label.setText(text)
            self.schedule_label.setStyleSheet(text_style(Tone.GOOD, bold=True))
        else:
            self.schedule_label.setText(self.tr("{n} min behind plan").format(n=signal.behind_min))
            self.schedule_label.setStyleSheet(text_style(Tone.WARNING, bold=True))


def no_widow(text: str) -> str:
    """Bind the last two words with a no-break space, so a wrapped line never ends
    with one word alone ("not" / "started") in the narrow timer column."""
    head, space, tail = text.rpartition(" ")
    return f"{head}\u00a0{tail}" if space else text
