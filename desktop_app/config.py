"""How settings are declared and stored: typed options over one QSettings INI file.

The declarations themselves are all in desktop_app/options.py (as MusicBrainz Picard keeps
them in its options.py); this module is the mechanism they use. Declaring through one
registry means a typo in a key cannot silently create a second setting, a key can be
declared only once, and a value of the wrong type read back from the INI file (hand-edited,
or written by an older build) falls back to the default instead of crashing a widget.

Three shapes of declaration:
- `option(key, default)`: one key; its type is the default's (str, int, bool, bytes).
- `family(template, default)`: one key per list, form or page (`lists/{}/header`), same
  type and default for all; an instance is `FAMILY[id]`.
- `group(prefix, load)`: one key per field of a dataclass the services take
  (`rules/<field>`, `backup/<field>`); `load()` gives the field defaults, and is called on
  first use so that start-up does not import the dataclass's module.

QtCore only: the headless commands read the same file as the GUI. Services never read it;
the GUI and the CLI pass them values (see options.rule_settings, options.backup_settings).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from .db.location import APPLICATION, ORGANIZATION  # the data folder's names, too

__all__ = ["APPLICATION", "ORGANIZATION", "REGISTRY", "Option", "Settings"]

SETTINGS_ENV = "COORDINATOR_DESK_SETTINGS"
"""An INI file to use instead of the per-user one (portable installs, tests)."""

T = TypeVar("T", str, int, bool, bytes)
TYPES = (str, int, bool, bytes)

_KEY = re.compile(r"[a-z][a-z0-9_]*(/[a-z0-9_]+)+")
_ID = re.compile(r"[A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T

    @property
    def kind(self) -> type:
        return type(self.default)


@dataclass(frozen=True, eq=False)
class OptionFamily(Generic[T]):
    """Keys made from a template with one `{}`, e.g. one column layout per list."""

    template: str
    default: T
    _made: dict[str, Option[T]] = field(default_factory=dict, repr=False)

    def __getitem__(self, ident: str) -> Option[T]:
        option = self._made.get(ident)
        if option is None:
            if not _ID.fullmatch(ident):
                raise ValueError(f"{ident!r} cannot be part of a settings key")
            option = self._made[ident] = Option(self.template.format(ident), self.default)
        return option

    def matches(self, key: str) -> bool:
        before, after = self.template.split("{}")
        middle = key[len(before) : len(key) - len(after)] if after else key[len(before) :]
        return key.startswith(before) and key.endswith(after) and bool(_ID.fullmatch(middle or "/"))


@dataclass(frozen=True, eq=False)
class OptionGroup:
    """One key per field of a dataclass: `<prefix>/<field>`, defaults given by `load()`."""

    prefix: str
    load: Callable[[], Mapping[str, Any]]
    _options: dict[str, Option[Any]] = field(default_factory=dict, repr=False)

    @property
    def options(self) -> Mapping[str, Option[Any]]:
        if not self._options:
            for name, default in self.load().items():
                if type(default) not in TYPES:
                    raise TypeError(f"{self.prefix}/{name}: {type(default).__name__} default")
                self._options[name] = Option(f"{self.prefix}/{name}", default)
        return self._options

    def read(self, settings: Settings) -> dict[str, Any]:
        return {name: settings.get(option) for name, option in self.options.items()}


class Registry:
    """Every declared option, family and group; declaring a key twice is an error."""

    def __init__(self) -> None:
        self.options: dict[str, Option[Any]] = {}
        self.families: list[OptionFamily[Any]] = []
        self.groups: dict[str, OptionGroup] = {}

    def option(self, key: str, default: T) -> Option[T]:
        if not _KEY.fullmatch(key) or type(default) not in TYPES:
            raise ValueError(f"bad setting {key!r} = {default!r}")
        if key in self.options or self._owner(key) is not None:
            raise ValueError(f"setting {key!r} declared twice")
        option = Option(key, default)
        self.options[key] = option
        return option

    def family(self, template: str, default: T) -> OptionFamily[T]:
        if template.count("{}") != 1 or not _KEY.fullmatch(template.replace("{}", "x")):
            raise ValueError(f"bad settings template {template!r}")
        new = OptionFamily(template, default)
        clash = [k for k in self.options if new.matches(k)]
        clash += [f.template for f in self.families if f.template == template]
        clash += [p for p in self.groups if template.startswith(p + "/")]
        if clash:
            raise ValueError(f"settings template {template!r} overlaps {clash[0]!r}")
        self.families.append(new)
        return new

    def group(self, prefix: str, load: Callable[[], Mapping[str, Any]]) -> OptionGroup:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", prefix):
            raise ValueError(f"bad settings group {prefix!r}")
        clash = [k for k in self.options if k.startswith(prefix + "/")]
        clash += [f.template for f in self.families if f.template.startswith(prefix + "/")]
        if clash or prefix in self.groups:
            raise ValueError(f"settings group {prefix!r} declared twice or overlaps")
        new = OptionGroup(prefix, load)
        self.groups[prefix] = new
        return new

    def _owner(self, key: str) -> object | None:
        for family in self.families:
            if family.matches(key):
                return family
        head = key.split("/", 1)[0]
        return self.groups.get(head)

    def find(self, key: str) -> Option[Any] | None:
        """The declared option stored under `key` (a family's instance, a group's field)."""
        if key in self.options:
            return self.options[key]
        owner = self._owner(key)
        if isinstance(owner, OptionFamily):
            before, after = owner.template.split("{}")
            return owner[key[len(before) : len(key) - len(after)] if after else key[len(before) :]]
        if isinstance(owner, OptionGroup):
            return owner.options.get(key.split("/", 1)[1])
        return None

    def declared(self) -> Iterator[Option[Any]]:
        """Plain options and every group's fields (families are templates, not keys)."""
        yield from self.options.values()
        for group in self.groups.values():
            yield from group.options.values()


REGISTRY = Registry()


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
            return _convert(raw, option.kind)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        if not isinstance(value, option.kind) or (option.kind is int and type(value) is bool):
            raise TypeError(f"{option.key} expects {option.kind.__name__}")
        stored: Any = QByteArray(value) if isinstance(value, bytes) else value
        self._q.setValue(option.key, stored)

    def reset(self, option: Option[Any]) -> None:
        self._q.remove(option.key)

    def sync(self) -> None:
        self._q.sync()

    # Raw access, for the upgrade steps (config_upgrade.py) only: keys no longer declared.
    def keys(self) -> list[str]:
        return list(self._q.allKeys())

    def move(self, old: str, new: str) -> bool:
        """Carry a stored value to a renamed key (kept if `new` is already set)."""
        if not self._q.contains(old):
            return False
        if not self._q.contains(new):
            self._q.setValue(new, self._q.value(old))
        self._q.remove(old)
        return True


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
        if isinstance(raw, (QByteArray, bytes, list)):
            raise TypeError(raw)
        return int(raw)
    if kind is str:
        if not isinstance(raw, str):
            raise TypeError(raw)
        return raw
    raise TypeError(kind)
