"""A throw-away PostgreSQL server for the tests: ``initdb`` + ``pg_ctl`` in a temporary folder,
listening only on a Unix socket in that folder (no TCP port: nothing to collide with the other
test runs on the machine), stopped and removed at the end of the pytest session.

``initdb`` refuses to run as root, and the tests (CI included) run as root: the server is then
run as the ``postgres`` user the Debian package ``postgresql`` creates (``runuser -u postgres``);
the folder is handed to that user. Its superuser role is named ``postgres`` either way, and the
tests connect over the socket with ``trust`` authentication (the folder is private to the run).

When no server can be started (no ``initdb`` on the machine, no non-root user to run it as, a
start that fails) ``start()`` raises ``Unavailable`` with the reason: the PG tests skip with it.
"""
from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

# Debian installs the server binaries under /usr/lib/postgresql/<major>/bin, outside PATH
_SEARCH = ["/usr/local/bin", "/usr/bin", *sorted(str(p) for p in Path("/usr/lib/postgresql").glob("*/bin"))]


class Unavailable(RuntimeError):
    pass


def _tool(name: str) -> str:
    found = shutil.which(name) or next((str(Path(d) / name) for d in _SEARCH if (Path(d) / name).is_file()), None)
    if found is None:
        raise Unavailable(f"PostgreSQL's {name} was not found (install the Debian package postgresql)")
    return found


def _reachable_by(folder: Path, uid: int) -> bool:
    """Whether every folder from / down to ``folder`` lets ``uid`` through (a 0700 /tmp does not)."""
    for p in [folder, *folder.parents]:
        st = p.stat()
        if st.st_uid != uid and not st.st_mode & 0o001:
            return False
    return True


def _base_folder() -> str | None:
    """Where the server's folder goes: the temporary folder, unless the server's user cannot reach
    it (run as root, a /tmp made 0700): then /var/tmp or that user's own home."""
    if os.geteuid() != 0:
        return None
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        return None
    for cand in (tempfile.gettempdir(), "/var/tmp", user.pw_dir):
        if cand and Path(cand).is_dir() and _reachable_by(Path(cand), user.pw_uid):
            return cand
    return None


class PgServer:
    def __init__(self, root: Path | None = None, keep: bool = False) -> None:
        self.keep = keep  # the benchmark keeps its server folder (and the 1,000,000 cases) between runs
        self.root = Path(root) if root else Path(tempfile.mkdtemp(prefix="zaosong-pg-", dir=_base_folder()))
        self.data = self.root / "data"
        self.socket_dir = self.root / "sock"
        self.started = False
        self._as: list[str] = []

    def _run(self, *cmd: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([*self._as, *cmd], capture_output=True, text=True, check=check, timeout=120)

    def start(self) -> PgServer:
        initdb, pg_ctl = _tool("initdb"), _tool("pg_ctl")
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                raise Unavailable("running as root and there is no 'postgres' user to run the server as "
                                  "(the Debian package postgresql creates it)") from None
            if shutil.which("runuser") is None:
                raise Unavailable("running as root without runuser to start the server as postgres")
            self._as = ["runuser", "-u", "postgres", "--"]
            os.chmod(self.root, 0o700)
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self.socket_dir.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            os.chown(self.socket_dir, pwd.getpwnam("postgres").pw_uid, pwd.getpwnam("postgres").pw_gid)
        try:
            if not (self.data / "PG_VERSION").exists():
                self._run(initdb, "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                          "--locale=C.UTF-8", "--no-sync")
            opts = (f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                    f"-c full_page_writes=off -c max_connections=60 -c shared_buffers=128MB")
            self._run(pg_ctl, "-D", str(self.data), "-o", opts, "-l", str(self.root / "server.log"), "-w",
                      "-t", "60", "start")
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            log = (self.root / "server.log")
            detail = getattr(exc, "stderr", "") or ""
            if log.exists():
                detail += log.read_text(errors="replace")[-500:]
            self.stop()
            raise Unavailable(f"the test PostgreSQL server did not start: {exc} {detail.strip()[:600]}") from None
        self.started = True
        return self

    def url(self, dbname: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql://{user}@/{dbname}?host={self.socket_dir}"

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user="postgres", dbname="postgres", autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.started or (self.data / "postmaster.pid").exists():
            if os.geteuid() == 0 and not self._as:  # a kept server left running by an earlier run
                self._as = ["runuser", "-u", "postgres", "--"]
            try:
                self._run(_tool("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)
            except (Unavailable, subprocess.TimeoutExpired, OSError):
                pass
        self.started = False
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)


def wait_ready(server: PgServer, timeout: float = 10) -> None:
    import psycopg

    end = time.monotonic() + timeout
    while True:
        try:
            psycopg.connect(host=str(server.socket_dir), user="postgres", dbname="postgres").close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > end:
                raise
            time.sleep(0.2)
