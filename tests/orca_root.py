"""A Debian 13 ("trixie") root holding GNOME Orca 48, for the Orca story's second reader.

Why: teachers meet two families of Orca. Debian 12's Orca 43 (the system's, in CI) does
not speak Qt's announcement events; Orca 46 and later do, and may then say a result the
program also gives older readers a second time. No Orca 46+ is packaged for Debian 12, so
the story runs Debian 13's Orca 48.1 from a root of its own, against the wizard on the
host (tests/orca_story.py). Everything comes from Debian's archive through Debian's tools:
``debootstrap --variant=minbase``, then ``apt-get install --no-install-recommends orca
speech-dispatcher`` inside (debootstrap's own ``--include`` does not follow virtual
packages such as ``gir1.2-cairo-1.0`` and leaves Orca unconfigured).

    python3 tests/orca_root.py          # build it unless it is there; print its path

The root is kept outside the clone, at $MAGISTERE_ORCA_ROOT or
/var/cache/magistere-gui/orca-trixie, and reused: it is built in a sibling folder and
renamed only once complete, so a broken build is never taken for a root. Needs root
(chroot) and ``debootstrap`` (``.ci/run`` installs it). About a minute and 400 MB here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

SUITE = "trixie"
MIRROR = "http://deb.debian.org/debian"
#: Orca and its speech server; xkbcomp (x11-xkb-utils), which Orca 48 runs at start to
#: set its modifier key, is only recommended; locales, for the French locale a teacher's
#: desktop has (Orca 48 takes role names from AT-SPI's C library, which speaks French only
#: under a French locale, not under C.UTF-8 with LANGUAGE=fr as Orca 43's own names do).
PACKAGES = ("orca", "speech-dispatcher", "x11-xkb-utils", "locales")
LOCALE = "fr_FR.UTF-8"
DEFAULT_ROOT = Path("/var/cache/magistere-gui/orca-trixie")
#: Written last: its presence says the root is complete; it names what was asked for, so
#: that a root built for another list is built again.
READY = "magistere-orca-root-ready"
#: What dpkg leaves out inside the root: manuals, documentation and every language but
#: French (Orca speaks French in the story; its messages come from the "fr" catalogue).
DPKG_EXCLUDES = """\
path-exclude=/usr/share/doc/*
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
path-exclude=/usr/share/help/*
path-exclude=/usr/share/locale/*
path-include=/usr/share/locale/fr/*
path-include=/usr/share/locale/locale.alias
"""


def root_path() -> Path:
    return Path(os.environ.get("MAGISTERE_ORCA_ROOT") or DEFAULT_ROOT)


def is_ready(root: Path) -> bool:
    ready = root / "etc" / READY
    if not ready.is_file() or not (root / "usr" / "bin" / "orca").is_file():
        return False
    return ready.read_text(encoding="utf-8").partition("\n")[0] == asked()


def asked() -> str:
    return f"{SUITE}: " + " ".join(PACKAGES)


def build(root: Path) -> None:
    partial = root.with_name(root.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    quietly(["debootstrap", "--variant=minbase", SUITE, str(partial), MIRROR])
    (partial / "etc" / "dpkg" / "dpkg.cfg.d" / "magistere-excludes").write_text(
        DPKG_EXCLUDES, encoding="utf-8"
    )
    install = (
        "apt-get update -qq && apt-get install -y -qq --no-install-recommends "
        + " ".join(PACKAGES)
        + f" && localedef -i {LOCALE.split('.')[0]} -f UTF-8 {LOCALE}"
        + " && apt-get clean && rm -rf /var/lib/apt/lists/*"
    )
    quietly(
        ["chroot", str(partial), "/bin/sh", "-c", install],
        env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "DEBIAN_FRONTEND": "noninteractive"},
    )
    versions = subprocess.run(
        ["chroot", str(partial), "dpkg-query", "-W", *PACKAGES],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    (partial / "etc" / READY).write_text(asked() + "\n" + versions, encoding="utf-8")
    shutil.rmtree(root, ignore_errors=True)
    partial.rename(root)


def quietly(command: list[str], env: dict[str, str] | None = None) -> None:
    """Run ``command``; its chatter (systemd's warnings in a chroot) is shown only if it fails."""
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        raise SystemExit(f"{command[0]} failed ({done.returncode})")


def main() -> int:
    root = root_path()
    if not is_ready(root):
        started = time.monotonic()
        print(f"building the Orca 48 root in {root} (Debian {SUITE})", file=sys.stderr)
        build(root)
        size = subprocess.run(
            ["du", "-sh", str(root)], capture_output=True, text=True, check=False
        ).stdout.split()
        print(
            f"built in {time.monotonic() - started:.0f} s, {size[0] if size else '?'}: "
            + (root / "etc" / READY)
            .read_text(encoding="utf-8")
            .split("\n", 1)[1]
            .replace("\n", " "),
            file=sys.stderr,
        )
    print(root)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
