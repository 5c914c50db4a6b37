"""A real Web-SSO for the tests: Debian's LemonLDAP::NG portal behind nginx, on loopback.

Why: the simulator is ours, so it can only agree with the client. LemonLDAP::NG is a
French Web-SSO nobody here wrote; where it and the simulator disagree, it is right.

Usage (from the repository root)::

    python3 tests/websso/llng.py start   # prints the portal's URL
    python3 tests/websso/llng.py stop    # stops both processes by their pids
    python3 tests/websso/llng.py status

It needs the Debian packages ``liblemonldap-ng-portal-perl``,
``lemonldap-ng-fastcgi-server`` and ``nginx`` (``.ci/run`` installs them). Nothing
system-wide is touched: the configuration, sessions, sockets, logs and pid files live in
one state folder (``MAGISTERE_WEBSSO_DIR``, by default ``/tmp/magistere-websso-<uid>``);
the installed packages' own services are not used. The portal:

- authenticates with the Demo back-end: users ``dwho``, ``rtyler``, ``msmith``, each with
  the user name as password (Demo's password module accepts changes but keeps nothing);
- speaks French (first of its languages);
- locks an account after 3 refused passwords (the BruteForceProtection plugin, with its
  incremental lock times: 60 s, then 300 s, 600 s);
- has a password policy (8 characters at least, a capital, a small letter, a digit), and
  offers the password change in the menu of a logged-in person;
- answers on ``http://127.0.0.1:<port>/`` with a host-only session cookie ``lemonldap``
  (no ``Domain``: cookies for an IP address need none, and /etc/hosts stays untouched).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

DEMO_USERS = ("dwho", "rtyler", "msmith")
MAX_FAILED_LOGINS = 3
FIRST_LOCK_SECONDS = 60
PASSWORD_MIN_SIZE = 8

_PORTAL_HTDOCS = Path("/usr/share/lemonldap-ng/portal/htdocs")
_FASTCGI_SERVER = Path("/usr/sbin/llng-fastcgi-server")
_NGINX = Path("/usr/sbin/nginx")
#: The fastcgi server refuses to run as root; in CI (root) both run as this user.
_SERVICE_USER = "www-data"
_START_SECONDS = 60.0


def state_dir() -> Path:
    chosen = os.environ.get("MAGISTERE_WEBSSO_DIR")
    return (
        Path(chosen) if chosen else Path(tempfile.gettempdir()) / f"magistere-websso-{os.getuid()}"
    )


@dataclass(frozen=True)
class Running:
    """What a started portal left in its state folder."""

    portal: str
    folder: Path

    @property
    def persistent_sessions(self) -> Path:
        return self.folder / "psessions"


def installed() -> str | None:
    """Why LemonLDAP::NG cannot run here, or None when its programs are installed."""
    for needed in (_PORTAL_HTDOCS / "index.psgi", _FASTCGI_SERVER, _NGINX):
        if not needed.exists():
            return f"{needed} is missing (apt-get install liblemonldap-ng-portal-perl lemonldap-ng-fastcgi-server nginx)"
    return None


def running(folder: Path | None = None) -> Running | None:
    """The started portal, if both its processes are alive and it answers."""
    folder = folder or state_dir()
    try:
        portal = (folder / "portal-url").read_text(encoding="ascii").strip()
    except OSError:
        return None
    if not all(_alive(_pid(folder / name)) for name in ("nginx.pid", "fastcgi.pid")):
        return None
    if not _answers(portal):
        return None
    return Running(portal=portal, folder=folder)


def forget_failed_logins(folder: Path | None = None) -> None:
    """Remove the persistent sessions (where the login history and its locks live), so a
    story starts with no refusal remembered. Sessions themselves stay valid."""
    psessions = (folder or state_dir()) / "psessions"
    for entry in psessions.iterdir():
        if entry.is_file():
            entry.unlink()


def _pid(path: Path) -> int | None:
    try:
        return int(path.read_text(encoding="ascii").split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _alive(pid: int | None) -> bool:
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _status(portal: str) -> int | None:
    """The HTTP status of the portal's first page, or None when nothing answers yet."""
    try:
        with urllib.request.urlopen(portal, timeout=5) as response:  # noqa: S310 - loopback http
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)
    except OSError:
        return None


def _answers(portal: str) -> bool:
    return _status(portal) == 200


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _configuration(folder: Path, portal: str) -> dict[str, object]:
    """The portal's whole configuration (Debian's demo one, whose file only root and
    www-data may read, trimmed to the portal and set for the stories)."""
    sessions, psessions = folder / "sessions", folder / "psessions"
    return {
        "cfgNum": 1,
        "cfgVersion": "2.16.1",
        "cfgDate": "1627287638",
        "cfgAuthor": "magistere-gui tests/websso/llng.py",
        "authentication": "Demo",
        "userDB": "Same",
        "cookieName": "lemonldap",
        "demoExportedVars": {"cn": "cn", "mail": "mail", "uid": "uid"},
        "exportedVars": {},
        "groups": {},
        "macros": {"_whatToTrace": "lc($_user)"},
        "whatToTrace": "_whatToTrace",
        "timeout": 72000,
        "portalSkin": "bootstrap",
        "locationRules": {"127.0.0.1": {"default": "accept"}},
        "applicationList": {
            "1sample": {
                "catname": "Applications",
                "type": "category",
                "magistere": {
                    "type": "application",
                    "options": {
                        "name": "M@gistère",
                        "description": "Formation",
                        "display": "on",
                        "logo": "demo.png",
                        "uri": f"{portal}magistere",
                    },
                },
            }
        },
        "portal": portal,
        # LLNG needs a cookie domain; it sends "Domain=.127.0.0.1", which a browser
        # (RFC 6265: the leading dot dropped) and requests accept for 127.0.0.1.
        "domain": "127.0.0.1",
        "securedCookie": 0,
        "logLevel": "notice",
        "globalStorage": "Apache::Session::File",
        "globalStorageOptions": {
            "Directory": str(sessions),
            "LockDirectory": str(sessions / "lock"),
            "generateModule": "Lemonldap::NG::Common::Apache::Session::Generate::SHA256",
        },
        "persistentStorage": "Apache::Session::File",
        "persistentStorageOptions": {
            "Directory": str(psessions),
            "LockDirectory": str(psessions / "lock"),
        },
        "localSessionStorage": "Cache::FileCache",
        "localSessionStorageOptions": {
            "cache_depth": 3,
            "cache_root": str(folder / "cache"),
            "default_expires_in": 600,
            "directory_umask": "007",
            "namespace": "lemonldap-ng-sessions",
        },
        "notification": 0,
        "notificationStorageOptions": {"dirName": str(folder / "notifications")},
        "reloadUrls": {},
        # Brute-force protection: the login history keeps 5 failures; after 3 the
        # account is locked 60 s, then 300 s, then 600 s (at most 900 s).
        "loginHistoryEnabled": 1,
        "failedLoginNumber": 5,
        "bruteForceProtection": 1,
        "bruteForceProtectionMaxFailed": MAX_FAILED_LOGINS,
        "bruteForceProtectionIncrementalTempo": 1,
        "bruteForceProtectionLockTimes": f"{FIRST_LOCK_SECONDS}, 300, 600",
        "bruteForceProtectionMaxLockTime": 900,
        # A password policy, shown on the change form.
        "passwordPolicyActivation": 1,
        "passwordPolicyMinSize": PASSWORD_MIN_SIZE,
        "passwordPolicyMinLower": 1,
        "passwordPolicyMinUpper": 1,
        "passwordPolicyMinDigit": 1,
        "portalDisplayPasswordPolicy": 1,
        "portalRequireOldPassword": 1,
        "portalDisplayChangePassword": 1,
        "passwordDB": "Demo",
    }


def _ini(folder: Path) -> str:
    return f"""[all]
logLevel = notice
checkTime = 1

[configuration]
type = File
dirName = {folder / "conf"}
prettyPrint = 1
localStorage = Cache::FileCache
localStorageOptions = {{ 'namespace' => 'lemonldap-ng-config', 'default_expires_in' => 600, 'directory_umask' => '007', 'cache_root' => '{folder / "cache"}', 'cache_depth' => 3 }}

[portal]
staticPrefix = /static
templateDir = /usr/share/lemonldap-ng/portal/templates
languages = fr, en

[handler]
status = 0
useRedirectOnError = 1
"""


def _nginx_conf(folder: Path, port: int, as_root: bool) -> str:
    user = f"user {_SERVICE_USER};" if as_root else ""
    temp = folder / "nginx"
    return f"""{user}
daemon off;
worker_processes 1;
pid {folder / "nginx.pid"};
error_log {folder / "logs" / "nginx-error.log"};
events {{ worker_connections 64; }}
http {{
  include /etc/nginx/mime.types;
  access_log {folder / "logs" / "nginx-access.log"};
  client_body_temp_path {temp}/body;
  fastcgi_temp_path {temp}/fastcgi;
  proxy_temp_path {temp}/proxy;
  uwsgi_temp_path {temp}/uwsgi;
  scgi_temp_path {temp}/scgi;
  upstream llng_portal_upstream {{ server unix:{folder / "run" / "llng-fastcgi.sock"}; }}
  server {{
    listen 127.0.0.1:{port};
    server_name 127.0.0.1;
    root {_PORTAL_HTDOCS}/;
    # As Debian's /etc/lemonldap-ng/portal-nginx.conf.
    if ($uri !~ ^/((static|javascript|favicon).*|.*\\.psgi)) {{
      rewrite ^/(.*)$ /index.psgi/$1 break;
    }}
    location ~ ^(?<sc>/.*\\.psgi)(?:$|/) {{
      include /etc/nginx/fastcgi_params;
      fastcgi_pass llng_portal_upstream;
      fastcgi_param HTTP_HOST $http_host;
      fastcgi_param LLTYPE psgi;
      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
      fastcgi_split_path_info ^(.*\\.psgi)(/.*)$;
      fastcgi_param PATH_INFO $fastcgi_path_info;
    }}
    location /static/ {{ alias {_PORTAL_HTDOCS}/static/; }}
    location /javascript/ {{ alias /usr/share/javascript/; }}
  }}
}}
"""


def start(folder: Path | None = None, port: int = 0) -> Running:
    """Configure and start the portal (idempotent: an answering portal is left as is)."""
    folder = folder or state_dir()
    already = running(folder)
    if already:
        return already
    missing = installed()
    if missing:
        raise SystemExit(missing)
    stop(folder)
    shutil.rmtree(folder, ignore_errors=True)
    for sub in ("conf", "sessions/lock", "psessions/lock", "cache", "notifications", "logs", "run"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for sub in ("body", "fastcgi", "proxy", "uwsgi", "scgi"):
        (folder / "nginx" / sub).mkdir(parents=True, exist_ok=True)
    port = port or _free_port()
    portal = f"http://127.0.0.1:{port}/"
    (folder / "conf" / "lmConf-1.json").write_text(
        json.dumps(_configuration(folder, portal), indent=1), encoding="utf-8"
    )
    ini = folder / "lemonldap-ng.ini"
    ini.write_text(_ini(folder), encoding="utf-8")
    as_root = os.geteuid() == 0
    if as_root:  # the portal runs as www-data: it owns its state (the folder stays ours)
        service = pwd.getpwnam(_SERVICE_USER)
        folder.chmod(0o755)
        for path in [folder, *folder.rglob("*")]:
            if path != folder:
                os.chown(path, service.pw_uid, service.pw_gid)
    (folder / "nginx.conf").write_text(_nginx_conf(folder, port, as_root), encoding="utf-8")
    environment = {
        **os.environ,
        "LLNG_DEFAULTCONFFILE": str(ini),
        "LLNG_DEFAULTLOGGER": "Lemonldap::NG::Common::Logger::Std",
    }
    service_user = ["--user", _SERVICE_USER, "--group", _SERVICE_USER] if as_root else []
    with (folder / "logs" / "fastcgi.log").open("ab") as log:
        fastcgi = subprocess.Popen(
            [
                str(_FASTCGI_SERVER),
                "--foreground",
                "--proc",
                "2",
                "--socket",
                str(folder / "run" / "llng-fastcgi.sock"),
                "--pid",
                str(folder / "run" / "llng-fastcgi.pid"),
                *service_user,
            ],
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    (folder / "fastcgi.pid").write_text(f"{fastcgi.pid}\n", encoding="ascii")
    with (folder / "logs" / "nginx.log").open("ab") as log:
        nginx = subprocess.Popen(
            [
                str(_NGINX),
                "-c",
                str(folder / "nginx.conf"),
                "-p",
                str(folder),
                "-e",
                str(folder / "logs" / "nginx-error.log"),
            ],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    (folder / "nginx.pid").write_text(f"{nginx.pid}\n", encoding="ascii")
    (folder / "portal-url").write_text(portal + "\n", encoding="ascii")
    deadline = time.monotonic() + _START_SECONDS
    while time.monotonic() < deadline:
        if fastcgi.poll() is not None or nginx.poll() is not None:
            break
        status = _status(portal)
        if status == 200:
            return Running(portal=portal, folder=folder)
        if status is not None and status != 502:  # 502: nginx up, the portal not yet
            break
        time.sleep(0.2)
    stop(folder)
    logs = "\n".join(
        path.read_text(encoding="utf-8", errors="replace")[-2000:]
        for path in sorted((folder / "logs").glob("*.log"))
    )
    raise SystemExit(f"LemonLDAP::NG did not answer on {portal}:\n{logs}")


def stop(folder: Path | None = None) -> None:
    """Stop nginx and the fastcgi server by their pids (their own process groups)."""
    folder = folder or state_dir()
    for name in ("nginx.pid", "fastcgi.pid"):
        pid = _pid(folder / name)
        if pid is None or not _alive(pid):
            continue
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGTERM)
        for _ in range(50):
            if not _alive(pid):
                break
            time.sleep(0.1)
        else:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
        (folder / name).unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("start", "stop", "status"))
    parser.add_argument("--port", type=int, default=0, help="loopback port (default: a free one)")
    arguments = parser.parse_args(argv)
    if arguments.command == "start":
        print(start(port=arguments.port).portal)
    elif arguments.command == "stop":
        stop()
    else:
        found = running()
        print(found.portal if found else "not running")
        return 0 if found else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
