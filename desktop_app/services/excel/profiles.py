"""Named import profiles: a sheet's column map, value maps and filters, kept for next time.

An office imports the same kind of sheet every quarter (the finance department's budget
export, a partner's list of towns). Once its columns and values are mapped, the mapping is
saved under a name (`--save-profile NAME`) and used again (`--profile NAME`); a sheet whose
headers are exactly those of a saved profile gets it offered, or applied, without asking.

Profiles are small JSON files in `<data>/import-profiles/` (one per name), written
atomically and read as untrusted input: a damaged or hand-edited profile is refused with a
message, never half-applied.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...db.location import data_dir
from .errors import ExcelUsageError
from .shaping import Shaping
from .vocab import norm

FOLDER = "import-profiles"
MAX_BYTES = 256 * 1024
_NAME = re.compile(r"^[\w .\-]{1,60}$")


@dataclass
class Profile:
    name: str
    kind: str
    headers: list[str]
    """The sheet's headers when saved: a sheet with the same headers gets this profile."""
    columns: dict[str, str] = field(default_factory=dict)
    """Source header -> target field ("" = ignored)."""
    shaping: Shaping = field(default_factory=Shaping)

    def signature(self) -> tuple[str, ...]:
        return tuple(sorted(norm(h) for h in self.headers if h))

    def map_pairs(self) -> list[str]:
        """The column map as `--map Header=field` pairs."""
        return [f"{header}={name}" for header, name in self.columns.items()]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": 1,
            "name": self.name,
            "kind": self.kind,
            "headers": self.headers,
            "columns": self.columns,
            **self.shaping.to_json(),
        }

    @classmethod
    def from_json(cls, data: Any, source: str) -> Profile:
        try:
            if not isinstance(data, dict) or data.get("format") != 1:
                raise ValueError("format")
            return cls(
                name=str(data["name"]),
                kind=str(data["kind"]),
                headers=[str(h) for h in data["headers"]],
                columns={str(k): str(v) for k, v in dict(data.get("columns", {})).items()},
                shaping=Shaping.from_json(data),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ExcelUsageError("bad_profile", path=source) from None


def folder(base: Path | None = None) -> Path:
    return (base or data_dir()) / FOLDER


def _path(name: str, base: Path | None) -> Path:
    if not _NAME.match(name) or name.strip(" .") != name.strip() or not name.strip(" ."):
        raise ExcelUsageError("bad_profile_name", name=name)
    return folder(base) / f"{name.strip()}.json"


def save(profile: Profile, base: Path | None = None) -> Path:
    path = _path(profile.name, base)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = json.dumps(profile.to_json(), ensure_ascii=False, indent=2)
    fd, tmp = tempfile.mkstemp(prefix=".profile-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def load(name: str, base: Path | None = None) -> Profile:
    path = _path(name, base)
    if not path.is_file():
        raise ExcelUsageError("unknown_profile", name=name, names=", ".join(names(base)) or "—")
    return _read(path)


def _read(path: Path) -> Profile:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ExcelUsageError("bad_profile", path=str(path))
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise ExcelUsageError("bad_profile", path=str(path)) from None
    return Profile.from_json(data, str(path))


def names(base: Path | None = None) -> list[str]:
    where = folder(base)
    if not where.is_dir():
        return []
    return sorted(p.stem for p in where.glob("*.json"))


def matching(headers: list[str], base: Path | None = None) -> Profile | None:
    """The saved profile made for a sheet with exactly these headers, if there is one."""
    wanted = tuple(sorted(norm(h) for h in headers if h))
    for name in names(base):
        try:
            profile = _read(folder(base) / f"{name}.json")
        except ExcelUsageError:
            continue  # a damaged profile is not offered; --profile NAME says why
        if profile.signature() == wanted:
            return profile
    return None
