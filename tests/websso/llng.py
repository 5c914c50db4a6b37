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
- answers on ``http://127.0.0.1:<port>/`` with its session cookie ``lemonldap`` for
  ``Domain=.127.0.0.1`` (LemonLDAP::NG needs a cookie domain; a browser and requests take
  it for 127.0.0.1, so /etc/hosts stays untouched).

When ``slapd`` (with ``ldap-utils`` and ``libnet-ldap-perl``) is installed too, a second
portal, the same but with an LDAP back-end, runs on its own port against a directory on
loopback whose password policy (the ppolicy overlay) holds two teachers whose password is
``Tournesol-2024``: ``jreset``, whose password an administrator reset (it must be changed
first), and ``jexpire``, whose password has expired. ``reset_directory`` puts ``jreset``
back as it was after a story changed its password.
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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DEMO_USERS = ("dwho", "rtyler", "msmith")
MAX_FAILED_LOGINS = 3
FIRST_LOCK_SECONDS = 60
PASSWORD_MIN_SIZE = 8
#: The directory's teachers (LDAP portal) and their password.
RESET_USER = "jreset"
EXPIRED_USER = "jexpire"
DIRECTORY_PASSWORD = "Tournesol-2024"
_SUFFIX = "dc=llng,dc=test"
_USERS = f"ou=users,{_SUFFIX}"
_ADMIN_DN = f"cn=admin,{_SUFFIX}"
#: The test directory's administrator (loopback only, thrown away with the state folder).
_ADMIN_PASSWORD = "admin-du-annuaire-de-test"

_PORTAL_HTDOCS = Path("/usr/share/lemonldap-ng/portal/htdocs")
_FASTCGI_SERVER = Path("/usr/sbin/llng-fastcgi-server")
_NGINX = Path("/usr/sbin/nginx")
_SLAPD = Path("/usr/sbin/slapd")
_SLAPADD = Path("/usr/sbin/slapadd")
_LDAPMODIFY = Path("/usr/bin/ldapmodify")
_NET_LDAP = Path("/usr/share/perl5/Net/LDAP.pm")
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
    """What ``start`` left running: the Demo portal, and the LDAP one when slapd is here."""

    portal: str
    folder: Path
    ldap_portal: str | None = None

    @property
    def ldap_folder(self) -> Path:
        return self.folder / "ldap"


def installed() -> str | None:
    """Why LemonLDAP::NG cannot run here, or None when its programs are installed."""
    for needed in (_PORTAL_HTDOCS / "index.psgi", _FASTCGI_SERVER, _NGINX):
        if not needed.exists():
            return f"{needed} is missing (apt-get install liblemonldap-ng-portal-perl lemonldap-ng-fastcgi-server nginx)"
    return None


def directory_installed() -> str | None:
    """Why the LDAP portal cannot run here, or None when slapd and Net::LDAP are installed."""
    for needed in (_SLAPD, _SLAPADD, _LDAPMODIFY, _NET_LDAP):
        if not needed.exists():
            return f"{needed} is missing (apt-get install slapd ldap-utils libnet-ldap-perl)"
    return None


def _running_portal(folder: Path) -> str | None:
    try:
        portal = (folder / "portal-url").read_text(encoding="ascii").strip()
    except OSError:
        return None
    if not all(_alive(_pid(folder / name)) for name in ("nginx.pid", "fastcgi.pid")):
        return None
    return portal if _answers(portal) else None


def running(folder: Path | None = None) -> Running | None:
    """The started portals, if their processes are alive and they answer."""
    folder = folder or state_dir()
    portal = _running_portal(folder)
    if portal is None:
        return None
    ldap = folder / "ldap"
    ldap_portal = _running_portal(ldap) if _alive(_pid(ldap / "slapd.pid")) else None
    return Running(portal=portal, folder=folder, ldap_portal=ldap_portal)


def forget_failed_logins(folder: Path | None = None) -> None:
    """Remove the persistent sessions (where the login history and its locks live), so a
    story starts with no refusal remembered. Sessions themselves stay valid."""
    folder = folder or state_dir()
    for psessions in (folder / "psessions", folder / "ldap" / "psessions"):
        if psessions.is_dir():
            for entry in psessions.iterdir():
                if entry.is_file():
                    entry.unlink()


def reset_directory(folder: Path | None = None) -> None:
    """Put the directory's teachers back as they were (a story may have changed their
    password): ``jreset``'s password reset by an administrator, ``jexpire``'s expired
    (its change time set back, which the directory allows its administrator with the
    "relax" control)."""
    folder = folder or state_dir()
    changes = "".join(
        f"dn: uid={user},{_USERS}\nchangetype: modify\n"
        f"replace: userPassword\nuserPassword: {DIRECTORY_PASSWORD}\n-\n{extra}\n"
        for user, extra in (
            (RESET_USER, "replace: pwdReset\npwdReset: TRUE\n-\n"),
            (EXPIRED_USER, "replace: pwdChangedTime\npwdChangedTime: 20000101000000Z\n-\n"),
        )
    )
    url = (folder / "ldap" / "directory-url").read_text(encoding="ascii").strip()
    subprocess.run(
        [str(_LDAPMODIFY), "-x", "-H", url, "-D", _ADMIN_DN, "-w", _ADMIN_PASSWORD, "-e", "relax"],
        input=changes.encode(),
        check=True,
        capture_output=True,
        timeout=10,
    )


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
    www-data may read, trimmed to the portal and set for the stories): the Demo back-end."""
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


def _ldap_configuration(folder: Path, portal: str, directory: str) -> dict[str, object]:
    """The same portal with an LDAP back-end that reads the directory's password policy:
    a password to change is asked for on the login page (the change form, no session)."""
    return {
        **_configuration(folder, portal),
        "authentication": "LDAP",
        "passwordDB": "LDAP",
        "ldapServer": directory,
        "ldapBase": _USERS,
        "managerDn": _ADMIN_DN,
        "managerPassword": _ADMIN_PASSWORD,
        "ldapExportedVars": {"uid": "uid", "cn": "cn", "mail": "mail"},
        "ldapPpolicyControl": 1,
        "ldapAllowResetExpiredPassword": 1,
        "ldapChangePasswordAsUser": 1,
    }


def _slapd_conf(folder: Path) -> str:
    return f"""include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload ppolicy
pidfile {folder / "slapd.pid"}
database mdb
maxsize 10485760
suffix "{_SUFFIX}"
rootdn "{_ADMIN_DN}"
rootpw {_ADMIN_PASSWORD}
directory {folder / "directory"}
overlay ppolicy
ppolicy_default "cn=default,ou=policies,{_SUFFIX}"
access to attrs=userPassword by self write by anonymous auth by * none
access to * by * read
"""


def _directory_entries() -> str:
    """The directory: a default policy (a password an administrator sets must be changed),
    one whose passwords expire after a day, and the two teachers."""
    return f"""dn: {_SUFFIX}
objectClass: dcObject
objectClass: organization
o: llng
dc: llng

dn: {_USERS}
objectClass: organizationalUnit
ou: users

dn: ou=policies,{_SUFFIX}
objectClass: organizationalUnit
ou: policies

dn: cn=default,ou=policies,{_SUFFIX}
objectClass: pwdPolicy
objectClass: device
cn: default
pwdAttribute: userPassword
pwdMustChange: TRUE
pwdAllowUserChange: TRUE

dn: cn=expiring,ou=policies,{_SUFFIX}
objectClass: pwdPolicy
objectClass: device
cn: expiring
pwdAttribute: userPassword
pwdMaxAge: 86400
pwdGraceAuthNLimit: 0
pwdAllowUserChange: TRUE

dn: uid={RESET_USER},{_USERS}
objectClass: inetOrgPerson
uid: {RESET_USER}
cn: Jeanne Reset
sn: Reset
mail: {RESET_USER}@llng.test
userPassword: {DIRECTORY_PASSWORD}
pwdReset: TRUE

dn: uid={EXPIRED_USER},{_USERS}
objectClass: inetOrgPerson
uid: {EXPIRED_USER}
cn: Jacques Expire
sn: Expire
mail: {EXPIRED_USER}@llng.test
userPassword: {DIRECTORY_PASSWORD}
pwdPolicySubentry: cn=expiring,ou=policies,{_SUFFIX}
pwdChangedTime: 20000101000000Z
"""


def _start_directory(folder: Path) -> str:
    """slapd on loopback with the directory loaded (it detaches; its pid is in slapd.pid)."""
    (folder / "directory").mkdir(parents=True)
    (folder / "slapd.conf").write_text(_slapd_conf(folder), encoding="utf-8")
    subprocess.run(
        [str(_SLAPADD), "-f", str(folder / "slapd.conf")],
        input=_directory_entries().encode(),
        check=True,
        capture_output=True,
        timeout=30,
    )
    url = f"ldap://127.0.0.1:{_free_port()}/"
    subprocess.run(
        [str(_SLAPD), "-f", str(folder / "slapd.conf"), "-h", url],
        check=True,
        capture_output=True,
        timeout=30,
    )
    (folder / "directory-url").write_text(url + "\n", encoding="ascii")
    host, port = url.removeprefix("ldap://").rstrip("/").split(":")
    deadline = time.monotonic() + _START_SECONDS
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection((host, int(port)), 1):
            return url
        time.sleep(0.1)
    raise SystemExit(f"slapd did not answer on {url}")


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
    """Configure and start the portals (idempotent: answering portals are left as they are)."""
    folder = folder or state_dir()
    already = running(folder)
    if already and (already.ldap_portal or directory_installed()):
        return already
    missing = installed()
    if missing:
        raise SystemExit(missing)
    stop(folder)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    folder.chmod(0o755)  # the portals may run as another user (see _start_portal)
    portal = _start_portal(folder, port, lambda url: _configuration(folder, url))
    ldap_portal = None
    if directory_installed() is None:
        ldap = folder / "ldap"
        directory = _start_directory(ldap)
        ldap_portal = _start_portal(ldap, 0, lambda url: _ldap_configuration(ldap, url, directory))
    return Running(portal=portal, folder=folder, ldap_portal=ldap_portal)


def _start_portal(
    folder: Path, port: int, configuration: Callable[[str], dict[str, object]]
) -> str:
    """One portal: its fastcgi server and nginx, in ``folder``; returns its address."""
    subfolders = [
        "conf",
        "sessions/lock",
        "psessions/lock",
        "cache",
        "notifications",
        "logs",
        "run",
    ]
    subfolders += [f"nginx/{sub}" for sub in ("body", "fastcgi", "proxy", "uwsgi", "scgi")]
    for sub in subfolders:
        (folder / sub).mkdir(parents=True, exist_ok=True)
    port = port or _free_port()
    portal = f"http://127.0.0.1:{port}/"
    (folder / "conf" / "lmConf-1.json").write_text(
        json.dumps(configuration(portal), indent=1), encoding="utf-8"
    )
    ini = folder / "lemonldap-ng.ini"
    ini.write_text(_ini(folder), encoding="utf-8")
    as_root = os.geteuid() == 0
    if as_root:  # the portal runs as www-data: it owns its state (the folder stays ours)
        service = pwd.getpwnam(_SERVICE_USER)
        folder.chmod(0o755)
        for sub in {sub.split("/")[0] for sub in subfolders}:
            for path in [folder / sub, *(folder / sub).rglob("*")]:
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
            return portal
        if status is not None and status != 502:  # 502: nginx up, the portal not yet
            break
        time.sleep(0.2)
    logs = "\n".join(
        path.read_text(encoding="utf-8", errors="replace")[-2000:]
        for path in sorted((folder / "logs").glob("*.log"))
    )
    stop(folder)
    raise SystemExit(f"LemonLDAP::NG did not answer on {portal}:\n{logs}")


def stop(folder: Path | None = None) -> None:
    """Stop every process ``start`` started, by its pid (each leads its own process group):
    nginx and the fastcgi server of each portal, and slapd."""
    folder = folder or state_dir()
    for pid_file in (
        folder / "nginx.pid",
        folder / "fastcgi.pid",
        folder / "ldap" / "nginx.pid",
        folder / "ldap" / "fastcgi.pid",
        folder / "ldap" / "slapd.pid",
    ):
        pid = _pid(pid_file)
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
        pid_file.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("start", "stop", "status"))
    parser.add_argument("--port", type=int, default=0, help="loopback port (default: a free one)")
    arguments = parser.parse_args(argv)
    if arguments.command == "start":
        started = start(port=arguments.port)
        print(started.portal)
        print(started.ldap_portal or f"no LDAP portal: {directory_installed()}")
    elif arguments.command == "stop":
        stop()
    else:
        found = running()
        print(found.portal if found else "not running")
        return 0 if found else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
