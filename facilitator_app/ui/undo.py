"""The one undo command of the window: a change that has already been applied.

Every surface (board, agenda) runs its service call first, so a refused action never
reaches the stack; then it pushes an ``AppliedChange`` whose first ``redo`` only records.
Later undo and redo call the surface's own writers, which return False when the store
refuses (the command is then made obsolete and the surface has said why).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

NO_MERGE = -1


class AppliedChange(QUndoCommand):
    """Undo/redo of a change the surface has already made and shown.

    ``undo`` and ``redo`` write one side of the change and return True when the store
    took it. ``merge_id`` and ``merge`` let consecutive steps (arrow-key moves) fold into
    one command: ``merge(other)`` absorbs ``other`` and returns True when it did.
    """

    def __init__(
        self,
        text: str,
        undo: Callable[[], bool],
        redo: Callable[[], bool],
        *,
        payload: object = None,
        merge_id: int = NO_MERGE,
        merge: Callable[[AppliedChange], bool] | None = None,
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self.payload = payload
        self._merge_id = merge_id
        self._merge = merge
        self._first = True

    def redo(self) -> None:
        """Write the after side again (the first time it is already written)."""
        if self._first:
            self._first = False
            return
        if not self._redo():
            self.setObsolete(True)

    def undo(self) -> None:
        """Write the before side."""
        if not self._undo():
            self.setObsolete(True)

    def id(self) -> int:
        """Commands with the same id are offered to ``mergeWith`` (-1: never)."""
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Fold ``other`` into this command when the surface says they belong together."""
        if self._merge is None or not isinstance(other, AppliedChange):
            return False
        return self._merge(other)
