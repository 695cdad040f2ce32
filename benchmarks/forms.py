"""Record forms on the demo office: time to open, to check a keystroke, to pick, to save.

    uv run python benchmarks/forms.py [--database FILE] [--rounds 5]

Works on a copy of the shared benchmark database (20,000 signatories, benchmarks/_demo_db.py),
so saving leaves it untouched. Baseline measured in the same run: building and showing a bare
QWidget with as many QLineEdits in a QFormLayout as the signatory form has fields (the floor
for any form of that size in this stack).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks._demo_db import demo_database  # noqa: E402


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    source = demo_database(args.database)

    from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit, QWidget

    app = QApplication.instance() or QApplication(["bench-forms"])
    from desktop_app.services.database import open_database
    from desktop_app.services.lists import list_rows, row_id
    from desktop_app.ui.forms.opener import FormOpener
    from desktop_app.ui.settings import Settings

    tmp = Path(tempfile.mkdtemp())
    copy = tmp / "bench.sqlite3"
    shutil.copy(source, copy)
    db = open_database(f"sqlite:///{copy}")
    ids = [row_id(r[0]) for r in list_rows(db, "signatories", limit=50)]
    fin = [row_id(r[0]) for r in list_rows(db, "finance", limit=50)]

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def bare(fields: int) -> float:
        start = time.perf_counter()
        w = QWidget()
        form = QFormLayout(w)
        for i in range(fields):
            form.addRow(QLabel(f"Field {i}"), QLineEdit(w))
        w.show()
        settle()
        elapsed = time.perf_counter() - start
        w.close()
        w.deleteLater()
        return elapsed

    opener = FormOpener(db, Settings(tmp / "settings.ini"))
    start = time.perf_counter()
    opener.directory()  # what the first form with a picker pays once
    directory_ms = ms(time.perf_counter() - start)
    while opener._directory is not None and not opener._directory.has_keys:  # noqa: SLF001
        app.processEvents()
        time.sleep(0.005)
    keys_ms = ms(time.perf_counter() - start)

    def open_form(kind: str, record_id) -> tuple[float, object]:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        form = opener.open(kind, record_id)
        settle()
        return time.perf_counter() - start, form

    results: dict[str, list[float]] = {k: [] for k in (
        "bare", "signatory", "finance", "keystroke", "picker", "save")}  # fmt: skip
    for r in range(args.rounds):
        signatory_fields = 22
        results["bare"].append(bare(signatory_fields))
        t, form = open_form("signatory", ids[r])
        results["signatory"].append(t)
        name = form.bindings["region"].focus[0]  # type: ignore[attr-defined]
        for ch in "Region x":
            start = time.perf_counter()
            name.insert(ch)
            results["keystroke"].append(time.perf_counter() - start)
        start = time.perf_counter()
        assert form.save()  # type: ignore[attr-defined]
        results["save"].append(time.perf_counter() - start)
        form.close()  # type: ignore[attr-defined]
        t, form = open_form("financial_support", fin[r])
        results["finance"].append(t)
        picker = form.bindings["signatory_id"].widget  # type: ignore[attr-defined]
        picker.clear()
        for ch in "ashg":
            start = time.perf_counter()
            picker.insert(ch)
            picker.textEdited.emit(picker.text())
            results["picker"].append(time.perf_counter() - start)
        form._closing_ok = True  # type: ignore[attr-defined]  # noqa: SLF001
        form.close()  # type: ignore[attr-defined]
        settle()

    med = {k: ms(statistics.median(v)) for k, v in results.items()}
    print(f"database: {source} (copied)")
    print(f"signatory names for pickers: {directory_ms} ms to open, sound keys ready after "
          f"{keys_ms} ms (worker thread)")  # fmt: skip
    print(f"baseline: bare form with 22 line edits shown in {med['bare']} ms")
    for kind in ("signatory", "finance"):
        print(f"open {kind} form: {med[kind]} ms median ({med[kind] / med['bare']:.1f}x baseline)")
    print(f"keystroke in a field (validation + issues + title): {med['keystroke']} ms median")
    print(f"keystroke in the signatory picker (20,000 names): {med['picker']} ms median")
    print(f"save one changed field (validation, audit, reload): {med['save']} ms median")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")
    db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
