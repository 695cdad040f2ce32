"""`backup [DEST]`, `backup --list`, `restore FILE`: the data-safety commands.

`restore` also works when the current database is damaged: the damaged file is renamed
aside (never deleted) and the backup put in its place.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..cli import EXIT_OK, UsageError
from ..i18n import tr
from ._output import guard_output

COMMANDS = ("backup", "restore")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup",
        help=tr("CLI", "copy the database to a SQLite backup file (consistent while in use)"),
    )
    p.add_argument(
        "dest",
        nargs="?",
        metavar="DEST",
        help=tr("CLI", "file or folder to write (default: the backup folder, rotated)"),
    )
    p.add_argument(
        "--list", action="store_true", help=tr("CLI", "list the backups with their record counts")
    )
    p.set_defaults(handler=backup_command)
    p = sub.add_parser(
        "restore",
        help=tr("CLI", "replace all records with those of a backup (current data backed up first)"),
    )
    p.add_argument("file", metavar="BACKUP_FILE", help=tr("CLI", "a backup file (.sqlite3)"))
    p.add_argument(
        "--other-office",
        action="store_true",
        help=tr("CLI", "restore a backup of another office's database (replaces this office's)"),
    )
    p.set_defaults(handler=restore_command)


def _settings():  # type: ignore[no-untyped-def]
    """The backup settings from the user's settings file."""
    from ..options import backup_settings, user_settings

    return backup_settings(user_settings())


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def backup_command(args: argparse.Namespace) -> int:
    from ..cli import open_db
    from ..services import backup

    settings = _settings()
    if args.list and args.dest:
        raise UsageError(tr("CLI", "backup: give either DEST or --list, not both."))
    dest = Path(args.dest).expanduser() if args.dest else None
    if dest is not None and args.dest.endswith(("/", os.sep)):
        dest.mkdir(parents=True, exist_ok=True)  # "DEST/" means a folder, even a new one
    if dest is not None and dest.is_file() and not _is_sqlite(dest):
        raise UsageError(
            tr("CLI", "{path} exists and is not a backup file; refusing to overwrite it.").format(
                path=dest
            )
        )
    if settings.encrypt_second_folder and settings.second_folder is not None and dest is None:
        _passphrase_for_second_folder()
    db = open_db(args)
    try:
        if args.list:
            infos = backup.list_backups(backup.folders_for(db, settings))
            _print_list(backup.own_backups(db, infos))
            return EXIT_OK
        if dest is not None and not dest.is_dir():
            guard_output(db, dest, backup=True)
        info = backup.create_backup(db, dest, settings=settings)
    finally:
        db.dispose()
    print(
        tr("CLI", "Backup written: {path} ({size}, {records} records)").format(
            path=info.path, size=_size(info.size), records=info.total_records
        )
    )
    for copy in info.copies:
        print(tr("CLI", "Copy written: {path}").format(path=copy))
    for problem in info.problems:
        print(
            tr("CLI", "Warning: second backup folder not written: {detail}").format(detail=problem)
        )
    return EXIT_OK


def _passphrase_for_second_folder() -> None:
    """From COORDINATOR_DESK_BACKUP_PASSPHRASE, else asked twice on a terminal; never stored."""
    import getpass
    import sys

    from ..services.backup_crypto import session_passphrase, use_passphrase

    if session_passphrase() or not sys.stdin.isatty():
        return  # none given in a scheduled job: the copy is skipped with a warning
    first = getpass.getpass(tr("CLI", "Passphrase for the encrypted second backup folder: "))
    again = getpass.getpass(tr("CLI", "The same passphrase again: "))
    if first != again:
        raise UsageError(tr("CLI", "The two passphrases differ; nothing was written."))
    use_passphrase(first)


def _ask_restore_passphrase() -> str:
    import getpass

    return getpass.getpass(tr("CLI", "Passphrase of the encrypted backup: "))


def _is_sqlite(path: Path) -> bool:
    from ..db.session import SQLITE_MAGIC

    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_MAGIC


def _print_list(infos: list) -> None:  # type: ignore[type-arg]
    if not infos:
        print(tr("CLI", "No backups yet."))
        return
    print(
        tr("CLI", "{date:<19}  {reason:<18} {size:>9} {records:>9}  {path}").format(
            date=tr("CLI", "Date"),
            reason=tr("CLI", "Reason"),
            size=tr("CLI", "Size"),
            records=tr("CLI", "Records"),
            path=tr("CLI", "File"),
        )
    )
    for info in infos:
        print(
            f"{info.created:%Y-%m-%d %H:%M:%S}  {info.reason:<18} {_size(info.size):>9} "
            f"{info.total_records:>9}  {info.path}"
        )


def restore_command(args: argparse.Namespace) -> int:
    """An encrypted (.cdenc) backup is decrypted into a private temporary folder first."""
    from ..services.backup_crypto import BackupCryptoError, decrypted_copy

    file = Path(args.file).expanduser()
    try:
        with decrypted_copy(file, _ask_restore_passphrase) as plain:
            return _restore_file(args, plain)
    except BackupCryptoError as exc:
        if exc.code == "wrong_passphrase":
            raise UsageError(
                tr("CLI", "Wrong passphrase for {path}; nothing was restored.").format(path=file)
            ) from None
        from ..cli import UnusableError

        raise UnusableError(
            tr(
                "CLI",
                "The encrypted backup {path} is damaged or incomplete (changed, cut off); "
                "nothing was restored.",
            ).format(path=file)
        ) from None


def _restore_file(args: argparse.Namespace, file: Path) -> int:
    from ..db.errors import DatabaseError
    from ..services import recovery
    from ..services.database import open_database
    from ..services.restore import restore, validate_backup

    validate_backup(file)  # a bad file is refused (exit 2) before the database is touched
    from ..cli import implicit_creation_allowed

    try:
        db = open_database(args.database, create=implicit_creation_allowed(args))
    except DatabaseError as exc:
        from ..db.location import resolve_database, sqlite_path

        path = sqlite_path(resolve_database(args.database))
        if exc.code not in recovery.RECOVERABLE or path is None:
            raise
        _check_other_office(recovery.file_identity(path), file, args.other_office)
        result = recovery.recover_from(file, path)
        open_database(str(path)).dispose()  # migrates an older backup
        print(
            tr("CLI", "The damaged database was moved aside: {path}").format(
                path=result.moved_aside
            )
        )
        print(tr("CLI", "Restored from {path}.").format(path=file))
        return EXIT_OK
    try:
        from ..services.backup import is_empty
        from ..services.restore import offices

        _check_other_office(offices(db, file)[0], file, args.other_office, is_empty(db))
        result = restore(db, file, settings=_settings(), other_office=args.other_office)
    finally:
        db.dispose()
    if result.safety_backup is not None:
        print(
            tr("CLI", "Current data backed up first: {path}").format(path=result.safety_backup.path)
        )
    print(
        tr(
            "CLI",
            "Restored from {path}: {inserted} records added, {changed} changed, {removed} removed.",
        ).format(
            path=file, inserted=result.inserted, changed=result.changed, removed=result.removed
        )
    )
    return EXIT_OK


def _check_other_office(  # type: ignore[no-untyped-def]
    ours, file: Path, allowed: bool, empty: bool = False
) -> None:
    """Refuse (exit 1) another office's backup without --other-office; warn with it."""
    import sys

    from ..db.identity import read_file

    try:
        theirs = read_file(file)
    except Exception:  # noqa: BLE001 - validate_backup has already refused bad files
        theirs = None
    if ours is None or theirs is None or ours.uuid == theirs.uuid or empty:
        return
    if not allowed:
        from ..messages import format_message

        raise UsageError(
            format_message(
                "other_office", {"path": file, "theirs": theirs.label, "ours": ours.label}
            )
        )
    print(
        tr(
            "CLI",
            "Warning: {path} is a backup of another office ({theirs}); its records replace "
            "those of this office ({ours}) as asked with --other-office.",
        ).format(path=file, theirs=theirs.label, ours=ours.label),
        file=sys.stderr,
    )
