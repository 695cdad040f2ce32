"""The CLI contract of report pdf / factsheet / submit / verify: exit codes and messages."""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop_app.cli import main

from .report_seed import seed


def test_report_submit_verify_round_trip(sqlite_database, tmp_path, capsys):
    seed(sqlite_database)
    db = str(sqlite_database.path)
    out = tmp_path / "r.pdf"
    code = main(
        ["--database", db, "report", "pdf", str(out), "--from", "2025-01-01", "--to", "2025-12-31"]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert out.exists()
    # the missing rate is named: the UAH application is pending (no decision yet), so its
    # rate is the one on or before the period's last day (services/figures.py Finance)
    assert "No exchange rate for UAH on or before 2025-12-31" in captured.err
    assert "5,000.00 UAH" in captured.err

    assert (
        main(
            [
                "--database",
                db,
                "submit",
                str(tmp_path / "packs"),
                "--from",
                "2025-01-01",
                "--to",
                "2025-12-31",
            ]
        )
        == 0
    )
    pack = Path(capsys.readouterr().out.strip())
    assert pack.exists()
    assert main(["verify", str(pack)]) == 0
    assert ": ok" in capsys.readouterr().out

    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(pack) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "report.pdf":
                data = data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:]
            zout.writestr(info, data)
    assert main(["verify", str(bad)]) == 2
    assert "report.pdf" in capsys.readouterr().err

    (tmp_path / "junk.zip").write_bytes(b"nothing")
    assert main(["verify", str(tmp_path / "junk.zip")]) == 2


def test_end_before_start_is_refused_and_nothing_written(sqlite_database, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    code = main(
        [
            "--database",
            str(sqlite_database.path),
            "report",
            "pdf",
            str(out),
            "--from",
            "2025-05-01",
            "--to",
            "2025-01-01",
        ]
    )
    assert code == 1
    assert "2025-01-01" in capsys.readouterr().err
    assert not out.exists()


def test_factsheet_unknown_name_is_invalid_input(sqlite_database, tmp_path, capsys):
    seed(sqlite_database)
    out = tmp_path / "f.pdf"
    code = main(
        ["--database", str(sqlite_database.path), "factsheet", str(out), "--signatory", "Atlantis"]
    )
    assert code == 1
    assert "Atlantis" in capsys.readouterr().err
    assert not out.exists()
