"""Every user setting, declared once with its type and default, stored through QSettings.

Declaring options in one place (as MusicBrainz Picard does) means a typo in a key cannot
silently create a second setting, and a value of the wrong type read back from the INI
file (hand-edited, or written by an older build) falls back to the default instead of
crashing a widget.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "CoordinatorDesk"
APPLICATION = "coordinator-desk"

T = TypeVar("T", str, int, bool, bytes)


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T

    @property
    def kind(self) -> type:
        return type(self.default)


OPTIONS: dict[str, Option[Any]] = {}


def _declare(key: str, default: T) -> Option[T]:
    if key in OPTIONS:
        raise ValueError(f"setting {key!r} declared twice")
    option = Option(key, default)
    OPTIONS[key] = option
    return option


LANGUAGE = _declare("ui/language", "")
"""'en', 'ru', 'tk', or '' for "follow the system"; applied at the next start."""
WINDOW_GEOMETRY = _declare("window/geometry", b"")
WINDOW_STATE = _declare("window/state", b"")
SPLITTER_STATE = _declare("window/splitter", b"")


class Settings:
    """Typed access to the INI file; pass `path` to use a specific file (tests, portable)."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            self._q = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
            )
        else:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._q.fileName()

    def get(self, option: Option[T]) -> T:
        raw = self._q.value(option.key)
        if raw is None:
            return option.default
        try:
            return _convert(raw, option.kind)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        if not isinstance(value, option.kind):
            raise TypeError(f"{option.key} expects {option.kind.__name__}")
        stored: Any = QByteArray(value) if isinstance(value, bytes) else value
        self._q.setValue(option.key, stored)

    def reset(self, option: Option[Any]) -> None:
        self._q.remove(option.key)

    def sync(self) -> None:
        self._q.sync()


def _convert(raw: Any, kind: type) -> Any:
    """INI files give strings back; QByteArray and bools need coaxing into our types."""
    if kind is bytes:
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        if isinstance(raw, bytes):
            return raw
        raise TypeError(raw)
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes"):
            return True
        if text in ("false", "0", "no"):
            return False
        raise ValueError(raw)
    if kind is int:
        return int(raw)
    if kind is str:
        if not isinstance(raw, str):
            raise TypeError(raw)
        return raw
    raise TypeError(kind)
