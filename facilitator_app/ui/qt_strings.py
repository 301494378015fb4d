"""Qt's own words that the app shows, so they can be translated with the app's strings.

PySide6 ships Qt's translations for Nynorsk (``qtbase_nn``, loaded for ``nn``) but not for
Bokmål, so without these the Norwegian UI would show "Cancel", "Close", "&Yes" on dialog
buttons, "&Undo"/"&Paste" in the capture field's right-click menu and an English file
dialog. Listing them here puts them (under Qt's own contexts) into both Norwegian
catalogues; the app's translator then answers Qt's lookups for them (in nynorsk it wins
over ``qtbase_nn`` so the words match docs/glossary.md). Key names (Ctrl, Shift, PgDown)
stay as on the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def standard_strings() -> list[tuple[str, str, str]]:
    """Every listed Qt string as (context, source, text in the current language)."""
    sources = [
        # Dialog buttons (QDialogButtonBox, QMessageBox, QInputDialog).
        ("QPlatformTheme", "OK", QCoreApplication.translate("QPlatformTheme", "OK")),
        ("QPlatformTheme", "Cancel", QCoreApplication.translate("QPlatformTheme", "Cancel")),
        ("QPlatformTheme", "Close", QCoreApplication.translate("QPlatformTheme", "Close")),
        ("QPlatformTheme", "&Yes", QCoreApplication.translate("QPlatformTheme", "&Yes")),
        ("QPlatformTheme", "&No", QCoreApplication.translate("QPlatformTheme", "&No")),
        ("QPlatformTheme", "Save", QCoreApplication.translate("QPlatformTheme", "Save")),
        ("QPlatformTheme", "Open", QCoreApplication.translate("QPlatformTheme", "Open")),
        (
            "QInputDialog",
            "Enter a value:",
            QCoreApplication.translate("QInputDialog", "Enter a value:"),
        ),
        # The right-click menu of one-line text fields (the capture field, the filter).
        ("QLineEdit", "&Undo", QCoreApplication.translate("QLineEdit", "&Undo")),
        ("QLineEdit", "&Redo", QCoreApplication.translate("QLineEdit", "&Redo")),
        ("QLineEdit", "Cu&t", QCoreApplication.translate("QLineEdit", "Cu&t")),
        ("QLineEdit", "&Copy", QCoreApplication.translate("QLineEdit", "&Copy")),
        ("QLineEdit", "&Paste", QCoreApplication.translate("QLineEdit", "&Paste")),
        ("QLineEdit", "Delete", QCoreApplication.translate("QLineEdit", "Delete")),
        ("QLineEdit", "Select All", QCoreApplication.translate("QLineEdit", "Select All")),
        # The same menu of multi-line fields (editing a note in place, dialogs).
        ("QWidgetTextControl", "&Undo", QCoreApplication.translate("QWidgetTextControl", "&Undo")),
        ("QWidgetTextControl", "&Redo", QCoreApplication.translate("QWidgetTextControl", "&Redo")),
        ("QWidgetTextControl", "Cu&t", QCoreApplication.translate("QWidgetTextControl", "Cu&t")),
        ("QWidgetTextControl", "&Copy", QCoreApplication.translate("QWidgetTextControl", "&Copy")),
        (
            "QWidgetTextControl",
            "&Paste",
            QCoreApplication.translate("QWidgetTextControl", "&Paste"),
        ),
        (
            "QWidgetTextControl",
            "Delete",
            QCoreApplication.translate("QWidgetTextControl", "Delete"),
        ),
        (
            "QWidgetTextControl",
            "Select All",
            QCoreApplication.translate("QWidgetTextControl", "Select All"),
        ),
        # The file dialog (export folder, board picture, plan file) where Qt draws it.
        ("QFileDialog", "&Look in:", QCoreApplication.translate("QFileDialog", "&Look in:")),
        ("QFileDialog", "File &name:", QCoreApplication.translate("QFileDialog", "File &name:")),
        (
            "QFileDialog",
            "Files of &type:",
            QCoreApplication.translate("QFileDialog", "Files of &type:"),
        ),
        ("QFileDialog", "Directory:", QCoreApplication.translate("QFileDialog", "Directory:")),
        ("QFileDialog", "&Open", QCoreApplication.translate("QFileDialog", "&Open")),
        ("QFileDialog", "&Save", QCoreApplication.translate("QFileDialog", "&Save")),
        ("QFileDialog", "&Choose", QCoreApplication.translate("QFileDialog", "&Choose")),
        ("QFileDialog", "&Rename", QCoreApplication.translate("QFileDialog", "&Rename")),
        ("QFileDialog", "&Delete", QCoreApplication.translate("QFileDialog", "&Delete")),
        ("QFileDialog", "&New Folder", QCoreApplication.translate("QFileDialog", "&New Folder")),
        (
            "QFileDialog",
            "Show &hidden files",
            QCoreApplication.translate("QFileDialog", "Show &hidden files"),
        ),
        (
            "QFileDialog",
            "All Files (*)",
            QCoreApplication.translate("QFileDialog", "All Files (*)"),
        ),
        ("QFileDialog", "Files", QCoreApplication.translate("QFileDialog", "Files")),
        ("QFileDialog", "Directories", QCoreApplication.translate("QFileDialog", "Directories")),
        ("QFileDialog", "Back", QCoreApplication.translate("QFileDialog", "Back")),
        ("QFileDialog", "Forward", QCoreApplication.translate("QFileDialog", "Forward")),
        (
            "QFileDialog",
            "Parent Directory",
            QCoreApplication.translate("QFileDialog", "Parent Directory"),
        ),
        (
            "QFileDialog",
            "Create New Folder",
            QCoreApplication.translate("QFileDialog", "Create New Folder"),
        ),
        ("QFileDialog", "List View", QCoreApplication.translate("QFileDialog", "List View")),
        ("QFileDialog", "Detail View", QCoreApplication.translate("QFileDialog", "Detail View")),
        ("QFileDialog", "Go back", QCoreApplication.translate("QFileDialog", "Go back")),
        ("QFileDialog", "Go forward", QCoreApplication.translate("QFileDialog", "Go forward")),
        (
            "QFileDialog",
            "Go to the parent directory",
            QCoreApplication.translate("QFileDialog", "Go to the parent directory"),
        ),
        (
            "QFileDialog",
            "Create a New Folder",
            QCoreApplication.translate("QFileDialog", "Create a New Folder"),
        ),
        (
            "QFileDialog",
            "Change to list view mode",
            QCoreApplication.translate("QFileDialog", "Change to list view mode"),
        ),
        (
            "QFileDialog",
            "Change to detail view mode",
            QCoreApplication.translate("QFileDialog", "Change to detail view mode"),
        ),
        ("QFileDialog", "Sidebar", QCoreApplication.translate("QFileDialog", "Sidebar")),
        (
            "QFileDialog",
            "List of places and bookmarks",
            QCoreApplication.translate("QFileDialog", "List of places and bookmarks"),
        ),
        (
            "QFileDialog",
            "%1 already exists.\nDo you want to replace it?",
            QCoreApplication.translate(
                "QFileDialog", "%1 already exists.\nDo you want to replace it?"
            ),
        ),
        ("QFileSystemModel", "Name", QCoreApplication.translate("QFileSystemModel", "Name")),
        ("QFileSystemModel", "Size", QCoreApplication.translate("QFileSystemModel", "Size")),
        ("QFileSystemModel", "Type", QCoreApplication.translate("QFileSystemModel", "Type")),
        (
            "QFileSystemModel",
            "Date Modified",
            QCoreApplication.translate("QFileSystemModel", "Date Modified"),
        ),
        (
            "QFileSystemModel",
            "Computer",
            QCoreApplication.translate("QFileSystemModel", "Computer"),
        ),
        (
            "QAbstractFileIconProvider",
            "Folder",
            QCoreApplication.translate("QAbstractFileIconProvider", "Folder"),
        ),
        (
            "QAbstractFileIconProvider",
            "Drive",
            QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
        ),
    ]
    return sources
