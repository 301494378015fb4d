"""The whiteboard: sticky notes per agenda question, quick capture, clusters, dot votes."""

from facilitator_app.ui.board.widget import BoardWidget

__all__ = ["BoardWidget"]
