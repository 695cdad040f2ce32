"""Before the QApplication: can Qt open a window here? If not, say which library or setting.

Qt aborts the process (SIGABRT, exit 134) when its platform plugin cannot be loaded or finds
no display, with a hint that is often wrong: on a plain Debian desktop it blamed
libxcb-cursor0 when libxcb-icccm4 and libxcb-keysyms1 were missing, and with no display at
all the program died without a word a clerk could act on. This module checks, before
QApplication exists, what Qt will check: that the platform plugin loads (the same dlopen
Qt does, done first, so Qt's own load later is only a reference count) and that its display
answers. When nothing usable is found the app prints which system package or setting is
missing, shows it in a message box on Windows (its bundle has no console), and exits 2.

Only platforms Qt would try are checked, and one usable platform is enough: the check may
say "usable" when Qt will fail (Qt then aborts as before) but never refuses a setup that
works. Platforms it does not know (offscreen, minimal, vnc, eglfs, cocoa...) are not checked.

ctypes, socket and subprocess are imported by the checks that use them, not with the module:
a start on a platform that needs no check does not pay for them (~3 ms).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import tr

NO_DISPLAY = "no-display"
DISPLAY_UNREACHABLE = "display-unreachable"
LIBRARIES = "libraries"
NO_PLUGIN = "no-plugin"

# Debian/Ubuntu and Fedora packages for the libraries Qt's xcb and wayland plugins need.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
}


@dataclass(frozen=True)
class Problem:
    """Why one platform cannot be used: `kind` is one of the constants above."""

    kind: str
    platform: str
    detail: str = ""
    missing: tuple[str, ...] = field(default_factory=tuple)


def platforms_to_try(argv: Sequence[str], environ: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in its order: -platform, QT_QPA_PLATFORM, default.

    Wayland is added to the default when the session says it is one, so a Wayland desktop
    without Xwayland is not refused for having no DISPLAY.
    """
    explicit = _option(argv, "platform") or environ.get("QT_QPA_PLATFORM", "")
    if explicit:
        names = [part.split(":")[0].strip() for part in explicit.split(";")]
        return [name for name in names if name]
    if sys.platform == "win32":
        return ["windows"]
    if sys.platform == "darwin":
        return ["cocoa"]
    wayland = environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland"
    return ["wayland", "xcb"] if wayland else ["xcb"]


def find_problems(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> list[Problem]:
    """Empty when some platform Qt will try looks usable; otherwise why each one is not."""
    environ = os.environ if environ is None else environ
    problems: list[Problem] = []
    for name in platforms_to_try(argv, environ):
        checker = _CHECKS.get(name.split("-")[0])
        if checker is None:  # a platform we do not know: let Qt decide
            return []
        found = checker(name, argv, environ)
        if not found:
            return []
        problems += found
    return problems


def refuses(argv: Sequence[str], language: Callable[[], str]) -> bool:
    """True (after telling the user why) when no window can be opened here.

    Called before the QApplication exists. The message is translated: a QCoreApplication
    (which needs no display) carries the translator; `language` picks the language as the
    GUI would. --help needs no window, so it is given the offscreen platform instead.
    """
    problems = find_problems(argv)
    if not problems:
        return False
    if any(arg in ("-h", "--help") for arg in argv):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return False
    from PySide6.QtCore import QCoreApplication

    from .. import i18n

    core = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else ""])
    i18n.install(language())
    report(message(problems, _distribution()))
    del core
    return True


def report(text: str) -> None:
    """stderr, and on Windows a message box: a windowed bundle has no console to print to."""
    if sys.stderr is not None:
        print(text, file=sys.stderr)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, "Coordinator Desk", 0x10)  # MB_ICONERROR


def message(problems: Sequence[Problem], distribution: str = "") -> str:
    """The user's explanation: what is missing and the command that installs it."""
    lines = [tr("PlatformCheck", "Coordinator Desk cannot open its window.")]
    for problem in problems:
        lines.append("")
        lines += _explain(problem, distribution)
    lines.append("")
    lines.append(
        tr(
            "PlatformCheck",
            "The commands that need no window (coordinator-desk --help lists them) work "
            "without a display.",
        )
    )
    return "\n".join(lines)


def _explain(problem: Problem, distribution: str) -> list[str]:
    name = problem.platform
    if problem.kind == NO_DISPLAY:
        return [
            tr(
                "PlatformCheck",
                "No display was found: neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) "
                "is set. Start the program from a desktop session, or set DISPLAY (for "
                "example DISPLAY=:0).",
            )
        ]
    if problem.kind == DISPLAY_UNREACHABLE:
        return [
            tr(
                "PlatformCheck",
                "The display {display} does not answer or refuses the connection. Check "
                "that DISPLAY or WAYLAND_DISPLAY names a running display you may use.",
            ).format(display=problem.detail)
        ]
    if problem.kind == NO_PLUGIN:
        return [
            tr(
                "PlatformCheck",
                'Qt\'s "{platform}" platform plugin is not in the installation (looked in '
                "{folders}). Reinstall Coordinator Desk.",
            ).format(platform=name, folders=problem.detail)
        ]
    if not problem.missing:
        return [
            tr(
                "PlatformCheck", 'Qt\'s "{platform}" platform plugin cannot be loaded: {error}'
            ).format(platform=name, error=problem.detail)
        ]
    lines = [
        tr(
            "PlatformCheck",
            'Qt\'s "{platform}" platform plugin cannot be loaded: these system libraries are '
            "missing or damaged: {libraries}.",
        ).format(platform=name, libraries=", ".join(problem.missing))
    ]
    debian = sorted({PACKAGES[lib][0] for lib in problem.missing if lib in PACKAGES})
    fedora = sorted({PACKAGES[lib][1] for lib in problem.missing if lib in PACKAGES})
    commands = []
    if debian and distribution in ("debian", ""):
        commands.append("  Debian, Ubuntu:  sudo apt install " + " ".join(debian))
    if fedora and distribution in ("fedora", ""):
        commands.append("  Fedora:  sudo dnf install " + " ".join(fedora))
    if commands:
        lines.append(tr("PlatformCheck", "Install them with:"))
        lines += commands
    unknown = [lib for lib in problem.missing if lib not in PACKAGES]
    if unknown:
        lines.append(
            tr(
                "PlatformCheck",
                "Your distribution's package search finds the package holding {libraries}.",
            ).format(libraries=", ".join(unknown))
        )
    return lines


def _check_xcb(name: str, argv: Sequence[str], environ: Mapping[str, str]) -> list[Problem]:
    problems = []
    loaded = _load_plugin(name, "xcb", environ)
    if loaded is not None:
        problems.append(loaded)
    display = _option(argv, "display") or environ.get("DISPLAY", "")
    if not display:
        problems.append(Problem(NO_DISPLAY, name))
    elif loaded is None and not _x_display_answers(display):
        problems.append(Problem(DISPLAY_UNREACHABLE, name, display))
    return problems


def _check_wayland(name: str, argv: Sequence[str], environ: Mapping[str, str]) -> list[Problem]:
    loaded = _load_plugin(name, "wayland", environ)
    if loaded is not None:
        return [loaded]
    if environ.get("WAYLAND_SOCKET"):
        return []  # an inherited connection: nothing to look for
    display = environ.get("WAYLAND_DISPLAY") or "wayland-0"
    path = Path(display)
    if not path.is_absolute():
        runtime = environ.get("XDG_RUNTIME_DIR")
        if not runtime:
            return [Problem(NO_DISPLAY, name)]
        path = Path(runtime) / display
    if not _unix_socket_answers(str(path)):
        if not environ.get("WAYLAND_DISPLAY"):
            return [Problem(NO_DISPLAY, name)]
        return [Problem(DISPLAY_UNREACHABLE, name, str(path))]
    return []


def _check_windows(name: str, argv: Sequence[str], environ: Mapping[str, str]) -> list[Problem]:
    """Only that qwindows.dll is there: loading it outside Qt is untested on Windows."""
    if _plugin_files("windows", environ, suffix=".dll", prefix="q"):
        return []
    return [Problem(NO_PLUGIN, name, ", ".join(str(d) for d in _plugin_dirs(environ)))]


_CHECKS: dict[str, Callable[[str, Sequence[str], Mapping[str, str]], list[Problem]]] = {
    "xcb": _check_xcb,
    "wayland": _check_wayland,
    "windows": _check_windows,
}


def _load_plugin(name: str, stem: str, environ: Mapping[str, str]) -> Problem | None:
    """None when one of the plugin files Qt would use loads; else what stops it."""
    files = _plugin_files(stem, environ, suffix=".so", prefix="libq")
    if not files:
        return Problem(NO_PLUGIN, name, ", ".join(str(d) for d in _plugin_dirs(environ)))
    error = ""
    for path in files:
        try:
            import ctypes

            ctypes.CDLL(str(path), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
            return None
        except OSError as exc:
            error = str(exc)
    missing = _missing_libraries(files[0], error)
    return Problem(LIBRARIES, name, error, tuple(missing))


def _plugin_dirs(environ: Mapping[str, str]) -> list[Path]:
    """Where Qt looks for platform plugins: QT_QPA_PLATFORM_PLUGIN_PATH, then every
    library path's platforms/ (QT_PLUGIN_PATH, Qt's own plugin folder)."""
    from PySide6.QtCore import QLibraryInfo

    dirs = [Path(p) for p in environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    roots = [p for p in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    roots.append(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    roots.append(str(Path(sys.executable).resolve().parent))
    dirs += [Path(root) / "platforms" for root in roots]
    return list(dict.fromkeys(dirs))


def _plugin_files(stem: str, environ: Mapping[str, str], *, suffix: str, prefix: str) -> list[Path]:
    found = []
    for folder in _plugin_dirs(environ):
        candidate = folder / f"{prefix}{stem}{suffix}"
        if candidate.is_file():
            found.append(candidate)
    return found


def _missing_libraries(plugin: Path, error: str) -> list[str]:
    """Every library the plugin cannot find (ldd sees the whole chain; dlopen stops at the
    first), plus the one the loader named if it was found but is damaged."""
    import shutil
    import subprocess

    missing: list[str] = []
    ldd = shutil.which("ldd")
    if ldd:
        try:
            out = subprocess.run(
                [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
            ).stdout
            missing += re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE)
        except (OSError, subprocess.SubprocessError):
            pass
    named = re.match(r"^(?:[^:\s]*/)?(lib[^:/\s]+\.so[.\d]*): ", error)  # name or path
    if named:
        missing.append(named.group(1))
    return list(dict.fromkeys(missing))


def _x_display_answers(display: str) -> bool:
    """Whether the X server behind `display` accepts a connection (socket level only).

    Not an X handshake on purpose: an X server without -noreset (Xvfb, xvfb-run) resets
    when its last client that completed the handshake leaves, and Qt's own connection,
    made moments later, was then refused. A socket that never says hello does not count.
    Authorisation is left to Qt.
    """
    found = re.fullmatch(r"(?:(?P<host>[^:]*):)?:?(?P<number>\d+)(?:\.\d+)?", display)
    if found is None:
        return True  # a form we do not parse (a launchd path...): let Qt decide
    import socket

    host, number = found.group("host") or "", int(found.group("number"))
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        return _unix_socket_answers("\0" + path) or _unix_socket_answers(path)
    try:
        with socket.create_connection((host, 6000 + number), timeout=2):
            return True
    except OSError:
        return False


def _unix_socket_answers(path: str) -> bool:
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(2)
        try:
            sock.connect(path)
        except OSError:
            return False
    return True


def _option(argv: Sequence[str], name: str) -> str:
    """Qt's own `-name value` (or `--name value`, `-name=value`) option from argv."""
    args = list(argv)
    for i, arg in enumerate(args):
        for spelling in (f"-{name}", f"--{name}"):
            if arg == spelling and i + 1 < len(args):
                return args[i + 1]
            if arg.startswith(spelling + "="):
                return arg.split("=", 1)[1]
    return ""


def _distribution() -> str:
    """'debian' or 'fedora' family from /etc/os-release, '' when neither (both are shown)."""
    try:
        text = Path("/etc/os-release").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    ids = " ".join(re.findall(r"^(?:ID|ID_LIKE)=\"?([^\"\n]*)", text, re.MULTILINE)).split()
    if any(i in ("debian", "ubuntu") for i in ids):
        return "debian"
    if any(i in ("fedora", "rhel", "centos") for i in ids):
        return "fedora"
    return ""
