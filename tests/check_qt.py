"""Can Qt start on this machine? `make test` and `make run` ask before anything imports PySide6.

Without its system libraries Qt does not raise a readable error: the import fails deep in a
shared object, or the platform plugin aborts the process. So a child process tries (offscreen, a
fraction of a second) and, if it fails, this prints ONE line naming the Debian packages to
install and exits 1. `--xcb` (make run with a display) also checks the X11 libraries.
"""
from __future__ import annotations

import ctypes.util
import os
import subprocess
import sys

# library (as ctypes.util.find_library names it) -> Debian package
QT_LIBS = {"glib-2.0": "libglib2.0-0", "GL": "libgl1", "EGL": "libegl1", "xkbcommon": "libxkbcommon0",
           "fontconfig": "libfontconfig1", "dbus-1": "libdbus-1-3"}
XCB_LIBS = {"xkbcommon-x11": "libxkbcommon-x11-0", "xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4",
            "xcb-image": "libxcb-image0", "xcb-keysyms": "libxcb-keysyms1", "xcb-render-util": "libxcb-render-util0",
            "xcb-shape": "libxcb-shape0"}
PROBE = ("from PySide6.QtWidgets import QApplication; from PySide6.QtGui import QFont; "
         "app = QApplication(['zaosong-check']); QFont().family()")


def missing(libs: dict[str, str]) -> list[str]:
    return [pkg for lib, pkg in libs.items() if ctypes.util.find_library(lib) is None]


def main(argv: list[str]) -> int:
    xcb = "--xcb" in argv and sys.platform.startswith("linux") and os.environ.get("QT_QPA_PLATFORM", "xcb") == "xcb" \
        and bool(os.environ.get("DISPLAY"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        started = subprocess.run([sys.executable, "-c", PROBE], env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, timeout=60).returncode == 0
    except subprocess.TimeoutExpired:
        started = False
    wanted = (missing(QT_LIBS) if not started else []) + (missing(XCB_LIBS) if xcb else [])
    if started and not wanted:
        return 0
    if not sys.platform.startswith("linux"):
        print("Qt (PySide6) cannot start here: reinstall the virtual environment (make clean; make run).")
    else:
        pkgs = " ".join(wanted or [*QT_LIBS.values(), *(XCB_LIBS.values() if xcb else [])])
        print(f"Qt cannot start: its system libraries are missing; install them with: sudo apt-get install {pkgs}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
