"""The GUI starts or says why (issue 16 item 1): no display, a display that does not answer,
a missing xcb library; each ends in exit 2 and a translated sentence naming the setting or
the package, instead of Qt's abort (exit 134) with a misleading hint.

The missing library is made for real, as root: in a private mount namespace (`unshare -m`)
/dev/null is bind-mounted over the system's libxcb-icccm.so.4, so the loader (for Qt and for
the check alike) finds a file that is not a library. That Qt itself then fails is checked
separately, with plain PySide6 and no product code. A working display (Xvfb) is checked too,
so the check is seen not to refuse a setup that works.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.ui import platform_check as pc
from tests.ci import in_ci

ROOT = Path(__file__).resolve().parents[2]
IN_CI = in_ci()  # CI=true or CI=1 (tests/ci.py)
DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "XDG_SESSION_TYPE")


def bare_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a user with no display settings and no platform forced."""
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARS + ("QT_QPA_PLATFORM",)}
    env["COORDINATOR_DESK_SETTINGS"] = str(tmp_path / "settings.ini")
    env.update(extra)
    return env


def gui(tmp_path: Path, *argv: str, env: dict[str, str], wrap: list[str] | None = None):
    return subprocess.run(
        [
            *(wrap or []),
            sys.executable,
            "-m",
            "desktop_app",
            "--database",
            str(tmp_path / "office.sqlite"),
            *argv,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_no_display_exits_2_and_says_which_setting(tmp_path: Path) -> None:
    done = gui(tmp_path, env=bare_env(tmp_path))
    assert done.returncode == 2, done.stderr
    assert "Coordinator Desk cannot open its window." in done.stderr
    assert "neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "office.sqlite").exists()  # nothing made for a window never shown


def test_no_display_message_in_russian(tmp_path: Path) -> None:
    done = gui(tmp_path, "--lang", "ru", env=bare_env(tmp_path))
    assert done.returncode == 2
    assert "Coordinator Desk не может открыть своё окно." in done.stderr
    assert "не задана ни переменная DISPLAY (X11), ни WAYLAND_DISPLAY (Wayland)" in done.stderr


def test_help_needs_no_display(tmp_path: Path) -> None:
    done = gui(tmp_path, "--help", env=bare_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: coordinator-desk")


def _free_display() -> int:
    for number in range(4300, 4400):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise AssertionError("no free X display number")


def _xcb_libraries_present() -> None:
    plugin = pc._plugin_files("xcb", {}, suffix=".so", prefix="libq")[0]
    missing = re.findall(r"(\S+) => not found", _ldd(plugin))
    if missing:  # a machine like the one in the issue: .ci/run installs them
        if IN_CI:
            pytest.fail(f"xcb libraries missing in CI: {missing}")
        pytest.skip(f"xcb libraries missing on this machine: {missing}")


def _ldd(path: Path) -> str:
    return subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout


def test_a_display_that_does_not_answer_is_named(tmp_path: Path) -> None:
    _xcb_libraries_present()
    display = f":{_free_display()}"
    done = gui(tmp_path, env=bare_env(tmp_path, DISPLAY=display))
    assert done.returncode == 2, done.stderr
    assert f"The display {display} does not answer or refuses the connection." in done.stderr


@pytest.fixture
def xvfb() -> Iterator[str]:
    binary = shutil.which("Xvfb")
    if binary is None:
        if IN_CI:
            pytest.fail("Xvfb is not installed (.ci/run installs xvfb)")
        pytest.skip("Xvfb is not installed")
    number = _free_display()
    server = subprocess.Popen(
        # -noreset: otherwise Xvfb resets when its last client leaves, and the platform check's
        # probe is such a client; Qt connecting just after then finds no display (1 in 6 aborted).
        [binary, f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        else:
            raise AssertionError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_working_display_opens_the_window(tmp_path: Path, xvfb: str) -> None:
    """Not refused where Qt works: the smoke test opens the real window on xcb."""
    _xcb_libraries_present()
    done = gui(tmp_path, "--smoke-test", env=bare_env(tmp_path, DISPLAY=xvfb))
    assert done.returncode == 0, done.stderr
    assert re.match(r"shown in \d+ ms; ready in \d+ ms", done.stdout), done.stdout
    assert pc.find_problems([], {"DISPLAY": xvfb}) == []


ICCCM = "libxcb-icccm.so.4"


def _system_icccm() -> Path:
    plugin = pc._plugin_files("xcb", {}, suffix=".so", prefix="libq")[0]
    found = re.search(rf"{re.escape(ICCCM)} => (/\S+)", _ldd(plugin))
    if found is None:
        pytest.skip(f"{ICCCM} is not installed: nothing to hide")
    return Path(found.group(1)).resolve()


def _hidden_library_wrapper(library: Path) -> list[str]:
    """A command prefix that runs its command with `library` replaced by an empty file."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        if IN_CI:
            pytest.fail("CI must run as root with unshare to hide a library for real")
        pytest.skip("hiding a system library needs root and unshare")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        if IN_CI:
            pytest.fail(f"unshare -m refused in CI: {probe.stderr!r}")
        pytest.skip("mount namespaces are not allowed here")
    script = f'mount --bind /dev/null "{library}" && exec "$@"'
    return ["unshare", "-m", "--propagation", "private", "sh", "-c", script, "sh"]


def test_a_missing_xcb_library_is_named_with_its_package(tmp_path: Path, xvfb: str) -> None:
    wrap = _hidden_library_wrapper(_system_icccm())
    env = bare_env(tmp_path, DISPLAY=xvfb)

    # Oracle, no product code: plain Qt really cannot start its xcb plugin this way.
    plain = subprocess.run(
        [
            *wrap,
            sys.executable,
            "-c",
            "from PySide6.QtWidgets import QApplication; QApplication(['x', '-platform', 'xcb'])",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert plain.returncode != 0
    assert 'Could not load the Qt platform plugin "xcb"' in plain.stderr

    done = gui(tmp_path, env=env, wrap=wrap)
    assert done.returncode == 2, done.stderr
    assert ICCCM in done.stderr
    assert "sudo apt install libxcb-icccm4" in done.stderr  # this machine is Debian
    assert "Traceback" not in done.stderr


def test_platforms_are_read_as_qt_reads_them() -> None:
    assert pc.platforms_to_try(["-platform", "offscreen"], {"QT_QPA_PLATFORM": "xcb"}) == [
        "offscreen"
    ]
    assert pc.platforms_to_try([], {"QT_QPA_PLATFORM": "wayland;xcb"}) == ["wayland", "xcb"]
    assert pc.platforms_to_try([], {"QT_QPA_PLATFORM": "vnc:size=800x600"}) == ["vnc"]
    assert pc.platforms_to_try([], {"XDG_SESSION_TYPE": "wayland"}) == ["wayland", "xcb"]
    assert pc.platforms_to_try([], {}) == ["xcb"]
    assert pc.find_problems([], {"QT_QPA_PLATFORM": "offscreen"}) == []


def test_a_wayland_socket_that_answers_is_enough(tmp_path: Path) -> None:
    """A Wayland desktop with no DISPLAY (no Xwayland) is not refused."""
    path = tmp_path / "wayland-7"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    try:
        env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
        if pc._load_plugin("wayland", "wayland", env) is not None:
            pytest.skip("the wayland plugin's libraries are not installed here")
        assert pc.find_problems([], env) == []
        server.close()
        path.unlink()
        problems = pc.find_problems([], env)
        kinds = {p.platform: p.kind for p in problems}
        assert kinds["wayland"] == pc.DISPLAY_UNREACHABLE
        assert kinds["xcb"] == pc.NO_DISPLAY
    finally:
        server.close()


def test_fedora_gets_dnf_packages_and_unknown_libraries_a_hint() -> None:
    problem = pc.Problem(pc.LIBRARIES, "xcb", "", ("libxcb-keysyms.so.1", "libfoo.so.3"))
    text = pc.message([problem], "fedora")
    assert "sudo dnf install xcb-util-keysyms" in text
    assert "apt" not in text
    assert "package holding libfoo.so.3" in text
    both = pc.message([problem], "")
    assert "sudo apt install libxcb-keysyms1" in both and "sudo dnf install" in both
