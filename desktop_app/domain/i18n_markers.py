"""Markers that let pyside6-lupdate find strings in Qt-free modules.

The domain layer must not depend on Qt, yet its enum labels and validation messages are
user-visible. Marking them here (the name is what lupdate looks for) puts them in the
catalogue; the UI and CLI translate them at display time with QCoreApplication.translate.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text
