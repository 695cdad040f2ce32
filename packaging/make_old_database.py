"""Makes an office database at an old schema revision, from the source tree, for the bundle test.

    uv run python packaging/make_old_database.py OUT.sqlite3 [--revision 0001]

A demo office is generated at this build's head, then Alembic downgrades the file to
`--revision`: an old database with real records in it, as an office that skipped versions
would bring. packaging/test_bundle.sh then runs the *bundle's* `db upgrade` on it, which
only works if the migrations travelled in the bundle. Prints the number of signatories so
the test can check that the upgrade kept them.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from desktop_app.db.migrate import alembic_config, current_revision  # noqa: E402
from desktop_app.services.database import open_database  # noqa: E402
from desktop_app.services.demo import DemoOptions, generate  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    parser.add_argument("--revision", default="0001")
    parser.add_argument("--signatories", type=int, default=25)
    args = parser.parse_args()
    out = Path(args.out)
    if out.exists():
        raise SystemExit(f"{out} exists")
    db = open_database(f"sqlite:///{out}")
    try:
        generate(db, DemoOptions(signatories=args.signatories, today=date(2026, 6, 30)))
        from alembic import command

        cfg = alembic_config(db)
        with db.engine.connect() as conn:  # not begun: env.py turns foreign keys off first
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, args.revision)
        revision = current_revision(db)
        with db.engine.connect() as conn:
            count = conn.execute(
                text("SELECT count(*) FROM signatory WHERE deleted_at IS NULL")
            ).scalar_one()
    finally:
        db.dispose()
    if revision != args.revision:
        raise SystemExit(f"downgrade left revision {revision}, not {args.revision}")
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
