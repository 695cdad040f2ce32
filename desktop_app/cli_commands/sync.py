"""`sync clone|export|import|conflicts|resolve|peers`: laptops that work offline and sync.

Exit codes follow the CLI contract: 1 for input that names nothing usable (an output
path that exists, an unknown peer or conflict, a value the field cannot hold); 2 for a
package that cannot be used (hostile, damaged, tampered, replayed, foreign, not for this
database): nothing is changed then.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..cli import EXIT_OK, UnusableError, UsageError, open_db
from ..i18n import tr
from ._output import guard_output

COMMANDS = ("sync",)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sync",
        help=tr("CLI", "laptop copies that work offline and swap change packages"),
        description=tr(
            "CLI",
            "Clone a laptop copy of the office database, swap signed packages of changes "
            "between the office and laptops, and resolve the conflicts they bring.",
        ),
    )
    inner = p.add_subparsers(dest="sync_command", metavar="ACTION")
    c = inner.add_parser("clone", help=tr("CLI", "make a laptop copy with its own identity"))
    c.add_argument("out", metavar="OUT.sqlite3", help=tr("CLI", "the new laptop database file"))
    c.set_defaults(handler=clone_command)
    e = inner.add_parser("export", help=tr("CLI", "write the changes a peer has not seen yet"))
    e.add_argument("out", metavar="OUT.cdsync", help=tr("CLI", "the package file to write"))
    e.add_argument(
        "--for",
        dest="peer",
        metavar="PEER",
        help=tr("CLI", "the database it is for (identity or its first digits; see 'sync peers')"),
    )
    e.add_argument(
        "--encrypt",
        action="store_true",
        help=tr(
            "CLI",
            "encrypt with a passphrase (from COORDINATOR_DESK_SYNC_PASSPHRASE or asked)",
        ),
    )
    e.set_defaults(handler=export_command)
    i = inner.add_parser("import", help=tr("CLI", "apply a package from the office or a laptop"))
    i.add_argument("file", metavar="FILE", help=tr("CLI", "a .cdsync package"))
    i.set_defaults(handler=import_command)
    k = inner.add_parser("conflicts", help=tr("CLI", "list the open conflicts, one a line"))
    k.set_defaults(handler=conflicts_command)
    r = inner.add_parser("resolve", help=tr("CLI", "resolve a conflict"))
    r.add_argument("id", metavar="ID", help=tr("CLI", "the conflict's ID (its first digits)"))
    r.add_argument(
        "--take",
        required=True,
        metavar="mine|theirs|VALUE",
        help=tr("CLI", "keep this database's value, the other one, or give a value"),
    )
    r.set_defaults(handler=resolve_command)
    q = inner.add_parser("peers", help=tr("CLI", "list the databases of this office family"))
    q.set_defaults(handler=peers_command)
    d = inner.add_parser(
        "duplicates", help=tr("CLI", "list towns entered twice (on two laptops), as pairs")
    )
    d.set_defaults(handler=duplicates_command)
    m = inner.add_parser(
        "merge", help=tr("CLI", "keep one of two signatories and re-point the other's records")
    )
    m.add_argument("keep", metavar="KEEP", help=tr("CLI", "the signatory to keep (its ID)"))
    m.add_argument(
        "other", metavar="OTHER", help=tr("CLI", "the duplicate to move to the Trash (its ID)")
    )
    m.set_defaults(handler=merge_command)
    p.set_defaults(handler=lambda _args: _missing_action())


def _missing_action() -> int:
    raise UsageError(
        tr(
            "CLI",
            "sync: name an action: clone, export, import, conflicts, resolve, peers, "
            "duplicates or merge.",
        )
    )


def clone_command(args: argparse.Namespace) -> int:
    from ..services.sync.clone import CloneRefused, clone

    out = Path(args.out).expanduser()
    db = open_db(args)
    try:
        guard_output(db, out)
        if out.exists() or out.is_symlink():
            raise UsageError(
                tr("CLI", "{path} exists; refusing to overwrite it. Nothing was written.").format(
                    path=out
                )
            )
        try:
            done = clone(db, out)
        except CloneRefused:
            raise UsageError(
                tr("CLI", "{path} exists; refusing to overwrite it. Nothing was written.").format(
                    path=out
                )
            ) from None
    finally:
        db.dispose()
    print(
        tr("CLI", "Laptop copy written: {path} (identity {identity}, family {family})").format(
            path=done.path, identity=done.identity.hex[:8], family=done.family.hex[:8]
        )
    )
    return EXIT_OK


def _export_passphrase() -> str:
    from ..services.sync.package import PASSPHRASE_ENV

    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UsageError(
            tr(
                "CLI",
                "--encrypt needs a passphrase: set {env} or run on a terminal. Nothing was "
                "written.",
            ).format(env=PASSPHRASE_ENV)
        )
    import getpass

    first = getpass.getpass(tr("CLI", "Passphrase for the package: "))
    again = getpass.getpass(tr("CLI", "The same passphrase again: "))
    if not first or first != again:
        raise UsageError(tr("CLI", "The two passphrases differ; nothing was written."))
    return first


def _import_passphrase() -> str | None:
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(tr("CLI", "Passphrase of the package: "))


def export_command(args: argparse.Namespace) -> int:
    from ..services.sync.exchange import PackageError, export_package

    out = Path(args.out).expanduser()
    passphrase = _export_passphrase() if args.encrypt else None
    db = open_db(args)
    try:
        guard_output(db, out)
        try:
            done = export_package(db, out, for_peer=args.peer, passphrase=passphrase)
        except PackageError as exc:
            if exc.code in ("no_peer", "peer_ambiguous"):
                raise UsageError(package_message(exc)) from None
            raise UnusableError(package_message(exc)) from None
    finally:
        db.dispose()
    print(
        tr("CLI", "Package written: {path} ({changes} changes, {size} bytes, for {peer})").format(
            path=done.path,
            changes=done.changes,
            size=done.size,
            peer=done.peer.hex[:8] if done.peer else tr("CLI", "any database of the family"),
        )
    )
    return EXIT_OK


def import_command(args: argparse.Namespace) -> int:
    from ..services import backup
    from ..services.sync.exchange import PackageError, import_package

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise UnusableError(tr("CLI", "{path}: no such file.").format(path=path))
    db = open_db(args)
    try:
        try:
            done = import_package(
                db,
                path,
                passphrase=_import_passphrase,
                before_write=lambda: backup.before(db, "sync"),
            )
        except PackageError as exc:
            raise UnusableError(package_message(exc)) from None
    finally:
        db.dispose()
    print(
        tr("CLI", "{applied} applied, {conflicts} conflicts, {seen} already seen").format(
            applied=done.applied, conflicts=done.conflicts, seen=done.already_seen
        )
    )
    if done.folded:
        print(
            tr(
                "CLI",
                "Links entered on both sides, kept once: {count} (the copies are in the Trash).",
            ).format(count=done.folded)
        )
    if done.purged:
        print(
            tr("CLI", "Records purged at another database, so purged here too: {count}.").format(
                count=done.purged
            )
        )
    if done.not_applied:
        print(
            tr(
                "CLI",
                "Changes not applied because their records are purged (a purge is final): "
                "{count} ({records}).",
            ).format(count=done.not_applied, records="; ".join(done.not_applied_records)),
            file=sys.stderr,
        )
    return EXIT_OK


def _listing(
    args: argparse.Namespace,
    read: Callable[[Any], Sequence[Any]],
    empty: str,
    line: Callable[[Any], str],
) -> int:
    """Read a list from the database, then print `empty` or one `line` per row."""
    db = open_db(args)
    try:
        rows = read(db)
    finally:
        db.dispose()
    print("\n".join(line(row) for row in rows) if rows else empty)
    return EXIT_OK


def _cut(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def conflicts_command(args: argparse.Namespace) -> int:
    from ..services.sync.inbox import field_title, open_conflicts

    def line(c: Any) -> str:
        return tr(
            "CLI",
            "{id}  {record} - {field}: mine {mine} ({mine_by}, {mine_at}); theirs {theirs} "
            "({theirs_by}, {theirs_at})",
        ).format(
            id=c.short,
            record=c.record_label,
            field=field_title(c.table, c.field),
            mine=_cut(c.mine.text),
            mine_by=c.mine.by,
            mine_at=f"{c.mine.at:%Y-%m-%d %H:%M}",
            theirs=_cut(c.theirs.text),
            theirs_by=c.theirs.by,
            theirs_at=f"{c.theirs.at:%Y-%m-%d %H:%M}",
        )

    return _listing(
        args,
        lambda db: open_conflicts(db, plain=True),
        tr("CLI", "No open conflicts."),
        line,
    )


def resolve_command(args: argparse.Namespace) -> int:
    from ..services.sync.inbox import ResolveError, resolve

    db = open_db(args)
    try:
        try:
            done = resolve(db, args.id, args.take)
        except ResolveError as exc:
            raise UsageError(resolve_message(exc)) from None
    finally:
        db.dispose()
    print(tr("CLI", "Conflict {id} resolved.").format(id=done.short))
    return EXIT_OK


def peers_command(args: argparse.Namespace) -> int:
    from ..services.sync.inbox import family

    roles = {
        "this": tr("CLI", "this database"),
        "origin": tr("CLI", "cloned from"),
        "peer": tr("CLI", "peer"),
    }

    def line(m: Any) -> str:
        return tr(
            "CLI", "{id}  {office:<30} {role:<14} imported {imported}, exported {exported}"
        ).format(
            id=m.uuid.hex[:8],
            office=m.office or "?",
            role=roles[m.role],
            imported=f"{m.last_import:%Y-%m-%d %H:%M}" if m.last_import else "-",
            exported=f"{m.last_export:%Y-%m-%d %H:%M}" if m.last_export else "-",
        )

    empty = tr("CLI", "This database is not in an office family yet ('sync clone' starts one).")
    return _listing(args, family, empty, line)


def duplicates_command(args: argparse.Namespace) -> int:
    from ..services.sync.duplicates import likely_duplicates

    def line(p: Any) -> str:
        return tr("CLI", "{keep} {other}  {keep_name} / {other_name} ({country})").format(
            keep=p.keep.hex[:8],
            other=p.other.hex[:8],
            keep_name=p.keep_name,
            other_name=p.other_name,
            country=p.country,
        )

    return _listing(args, likely_duplicates, tr("CLI", "No likely duplicates."), line)


def merge_command(args: argparse.Namespace) -> int:
    from ..services.sync.duplicates import MergeError, merge

    db = open_db(args)
    try:
        try:
            changed = merge(db, args.keep, args.other)
        except MergeError as exc:
            if exc.code == "same":
                raise UsageError(tr("CLI", "KEEP and OTHER name the same signatory.")) from None
            raise UsageError(
                tr("CLI", "No live signatory has the ID '{id}'.").format(id=exc.params["id"])
            ) from None
    finally:
        db.dispose()
    print(
        tr("CLI", "Merged: {records} records changed; the duplicate is in the Trash.").format(
            records=changed
        )
    )
    return EXIT_OK


def package_message(exc: Any) -> str:
    p = exc.params
    path = p.get("path", "")
    texts = {
        "unreadable": tr("CLI", "{path}: cannot be read ({detail}); nothing was changed."),
        "too_large": tr(
            "CLI", "{path} is larger than a sync package may be; refused, nothing was changed."
        ),
        "not_a_package": tr("CLI", "{path} is not a sync package; nothing was changed."),
        "damaged": tr("CLI", "{path} is damaged or cut off; refused, nothing was changed."),
        "bad_signature": tr(
            "CLI",
            "{path} was changed after it was signed (or its signature is false); refused, "
            "nothing was changed.",
        ),
        "bad_content": tr(
            "CLI",
            "{path} holds something a package may not ({detail}); refused, nothing was changed.",
        ),
        "wrong_passphrase": tr("CLI", "Wrong passphrase for {path}; nothing was changed."),
        "no_passphrase": tr(
            "CLI",
            "{path} is encrypted: give its passphrase in COORDINATOR_DESK_SYNC_PASSPHRASE or "
            "on a terminal; nothing was changed.",
        ),
        "no_family": tr(
            "CLI",
            "This database is not in an office family: clone a laptop from the office "
            "database first ('sync clone'). Nothing was changed.",
        ),
        "foreign": tr(
            "CLI",
            "The package comes from another office family ({office}); refused, nothing was "
            "changed.",
        ),
        "own_package": tr(
            "CLI", "The package was written by this database itself; nothing was changed."
        ),
        "not_for_us": tr(
            "CLI",
            "The package was written for another database ({recipient}); refused, nothing "
            "was changed.",
        ),
        "unknown_sender": tr(
            "CLI",
            "The package comes from a database this one does not know ({sender}); import a "
            "package from the office first. Nothing was changed.",
        ),
        "wrong_key": tr(
            "CLI",
            "The package is signed with a key that is not {sender}'s; refused, nothing was "
            "changed.",
        ),
        "replayed": tr(
            "CLI",
            "The package (number {serial}) is not newer than the last one imported from its "
            "database (number {last}): already imported or replayed. Nothing was changed.",
        ),
        "gap": tr(
            "CLI",
            "The package lacks earlier changes of database {origin} (it starts at {seq}); "
            "import the earlier packages first. Nothing was changed.",
        ),
        "forked": tr(
            "CLI",
            "Change {seq} of database {origin} differs from the copy already here (was that "
            "database restored from an old backup?); refused, nothing was changed.",
        ),
        "purge_needs_admin": tr(
            "CLI",
            "The package would purge records this database holds ({count}): on the office "
            "server that needs the admin role, and {login} is signed in as {role}. Nothing "
            "was changed; ask an admin to import it.",
        ),
        "no_peer": tr("CLI", "No database of this family is '{peer}'. Known: {known}."),
        "peer_ambiguous": tr(
            "CLI", "'{peer}' names more than one database; give more digits. Known: {known}."
        ),
    }
    text = texts.get(exc.code) or tr("CLI", "{path}: refused ({detail}); nothing was changed.")
    return text.format(path=path, **{k: v for k, v in p.items() if k != "path"}, **_defaults(p))


def _defaults(p: dict[str, Any]) -> dict[str, Any]:
    keys: tuple[str, ...] = ("detail", "office", "recipient", "sender", "serial", "last")
    keys = (*keys, "origin", "seq", "peer", "known", "count", "login", "role")
    return {k: "" for k in keys if k not in p}


def resolve_message(exc: Any) -> str:
    p = exc.params
    if exc.code == "no_conflict":
        return tr("CLI", "No open conflict has the ID '{id}' (see 'sync conflicts').").format(
            id=p.get("id", "")
        )
    if exc.code == "ambiguous":
        return tr("CLI", "'{id}' names more than one conflict; give more digits.").format(
            id=p.get("id", "")
        )
    return tr("CLI", "--take: '{value}' is not a value the field {field} can hold.").format(
        value=p.get("value", ""), field=p.get("field", "")
    )
