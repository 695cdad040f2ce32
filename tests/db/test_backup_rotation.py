"""Automatic backups: daily once a day, before risky use cases, rotated, second folder."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.services import backup
from desktop_app.services.backup import BackupInfo, BackupSettings, to_keep

from ._sample_data import fill


def _infos(stamps: list[datetime], reason: str = "daily") -> list[BackupInfo]:
    return [BackupInfo(Path(f"/b/{i}"), when, reason, 1) for i, when in enumerate(stamps)]


def test_rotation_keeps_newest_per_day_week_and_month() -> None:
    now = datetime(2026, 11, 28, 12, 0)
    # two backups a day for 400 days
    stamps = [now - timedelta(hours=12 * i) for i in range(800)]
    infos = _infos(stamps)
    kept = to_keep(infos, BackupSettings(keep_last=0), now)
    kept_times = sorted((i.created for i in infos if i.path in kept), reverse=True)
    days = {t.date() for t in kept_times}
    months = {(t.year, t.month) for t in kept_times}
    assert len(kept_times) <= 7 + 4 + 12
    assert len(months) == 12
    assert kept_times[0] == now  # the newest always survives
    assert {(now - timedelta(days=d)).date() for d in range(7)} <= days


def test_manual_and_last_backups_are_never_pruned() -> None:
    now = datetime(2026, 11, 28, 12, 0)
    manual = _infos([now - timedelta(days=900)], "manual")
    same_day = _infos([now - timedelta(minutes=m) for m in range(15)], "before-import")
    kept = to_keep(manual + same_day, BackupSettings(keep_last=10), now)
    assert manual[0].path in kept
    assert sum(1 for i in same_day if i.path in kept) == 10


def test_daily_backup_once_per_day_and_rotated(sqlite_database, tmp_path: Path) -> None:
    settings = BackupSettings(
        folder=tmp_path / "b", keep_daily=3, keep_weekly=0, keep_monthly=0, keep_last=0
    )
    assert backup.daily_backup_if_due(sqlite_database, settings) is None  # empty: nothing
    fill(sqlite_database, 1)
    start = datetime(2026, 11, 1, 9, 0)
    for day in range(6):
        when = start + timedelta(days=day)
        assert backup.daily_backup_if_due(sqlite_database, settings, when) is not None
        assert backup.daily_backup_if_due(sqlite_database, settings, when) is None
    left = backup.list_backups([tmp_path / "b"])
    assert [i.created.day for i in left] == [6, 5, 4]
    assert all(i.counts["signatory"] == 1 and i.reason == "daily" for i in left)


def test_before_and_second_folder(sqlite_database, tmp_path: Path) -> None:
    fill(sqlite_database, 2)
    usb = tmp_path / "usb"
    info = backup.before(
        sqlite_database, "import", BackupSettings(folder=tmp_path / "b", second_folder=usb)
    )
    assert info is not None and info.reason == "before-import"
    assert info.copies == (usb / info.path.name,)
    assert (usb / info.path.name).read_bytes() == info.path.read_bytes()
    listed = backup.list_backups(
        backup.folders_for(
            sqlite_database, BackupSettings(folder=tmp_path / "b", second_folder=usb)
        )
    )
    assert len(listed) == 2


def test_unreachable_second_folder_is_a_warning(sqlite_database, tmp_path: Path) -> None:
    fill(sqlite_database, 1)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings = BackupSettings(folder=tmp_path / "b", second_folder=blocker / "sub")
    info = backup.before(sqlite_database, "delete", settings)
    assert info is not None and info.path.exists()
    assert info.copies == () and len(info.problems) == 1


def test_default_folder_is_beside_the_database(sqlite_database) -> None:
    fill(sqlite_database, 1)
    info = backup.before(sqlite_database, "delete")
    assert info is not None
    assert info.path.parent == sqlite_database.path.parent / "backups"
    assert info.path.name.startswith("office-")
