"""What GNOME Orca really says: four teachers' paths driven by keys only, Orca's log as the record.

Run by tests/test_orca.py with the system's Python (Debian's orca, xdotool, xvfb,
speech-dispatcher), inside a D-Bus session:

    dbus-run-session -- /usr/bin/python3 tests/orca_story.py VENV_PYTHON OUT.json [ORCA_ROOT]

It starts a virtual screen (Xvfb), the screen reader Orca as a teacher has it (its default
settings, French, speech through speech-dispatcher's dummy output), then, for each path,
the wizard against the local simulator (tests/orca_app.py: the demo with the simulator's
test hook, to read the security code as a colleague would read it on the screen). Keys
are typed with xdotool, as on a keyboard; what Orca says is read from its debug log
(its "SPEECH OUTPUT" lines, what it hands to the synthesizer). After each key the story
waits until Orca has said what that step must say, then until it is quiet.

Writes the transcript (path, keys, utterances) as JSON; exits 0 when every path reached
its end, 1 with the reason otherwise. The assertions on the speech are in test_orca.py.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUIET_SECONDS = 0.8
STEP_TIMEOUT = 20.0

# Orca writes its debug log line by line here, so that each step can wait for its speech:
# the stock --debug-file is block-buffered. Same levels as --debug-file.
ORCA_LAUNCHER = """
import runpy, sys
from orca import debug
debug.debugLevel = debug.LEVEL_INFO
debug.eventDebugLevel = debug.LEVEL_OFF
debug.debugFile = open(sys.argv[1], "w", buffering=1, encoding="utf-8")
sys.argv = ["orca", "--user-prefs", sys.argv[2]]
runpy.run_path("/usr/bin/orca", run_name="__main__")
"""
# Orca from another Debian's root (tests/orca_root.py): in a mount namespace of its own, so
# that the mounts go with it, the host's /proc, /sys, /dev and /tmp (the X socket, the
# D-Bus socket, the story's home and XDG_RUNTIME_DIR) and the folder of the AT-SPI bus's
# socket (the bus launcher, started by D-Bus, puts it in D-Bus's home: ~/.cache/at-spi) are
# bound into the root, then the same launcher runs with the root's Python. Its
# speech-dispatcher is the root's.
CHROOT = """
set -e
root="$1"; atspi="$2"; shift 2
for place in /proc /sys /dev /tmp "$atspi"; do
  [ -n "$place" ] || continue
  mkdir -p "$root$place"
  mount --rbind "$place" "$root$place"
done
exec chroot "$root" env LANG=fr_FR.UTF-8 /usr/bin/python3 "$@"
"""
SPEECH = re.compile(r"^\d\d:\d\d:\d\d\.\d+ - SPEECH OUTPUT: '(.*)'\s*\{", re.DOTALL)


class StoryError(Exception):
    pass


@dataclass
class Step:
    keys: list[str]
    said: list[str] = field(default_factory=list)


@dataclass
class Walk:
    name: str
    steps: list[Step] = field(default_factory=list)
    #: What Orca said when the window came up, before any key.
    opening: list[str] = field(default_factory=list)


class OrcaLog:
    """The utterances in Orca's debug log, read as it grows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.utterances: list[str] = []
        self._lines_read = 0
        self.last_change = time.monotonic()

    def read(self) -> list[str]:
        if not self.path.exists():
            return self.utterances
        lines = self.path.read_text(encoding="utf-8", errors="replace").split("\n")[:-1]
        new = lines[self._lines_read :]
        self._lines_read = len(lines)
        joined: list[str] = []
        for line in new:
            if line.startswith(" " * 18) and joined:
                joined[-1] += "\n" + line[18:]  # Orca indents a multi-line text's next lines
            else:
                joined.append(line)
        for line in joined:
            match = SPEECH.match(line)
            if match:
                # French puts a no-break space before ":" (U+00A0, U+202F): it is a space
                # to a listener, and to the steps that wait for words.
                said = match.group(1).replace("\u00a0", " ").replace("\u202f", " ")
                self.utterances.append(said.strip())
                self.last_change = time.monotonic()
        return self.utterances


def atspi_socket_folder() -> str:
    """The folder of the AT-SPI bus's socket, as the session's bus launcher tells it."""
    import gi

    gi.require_version("Gio", "2.0")
    from gi.repository import Gio, GLib

    bus = Gio.bus_get_sync(Gio.BusType.SESSION)
    reply = bus.call_sync(
        "org.a11y.Bus",
        "/org/a11y/bus",
        "org.a11y.Bus",
        "GetAddress",
        None,
        GLib.VariantType("(s)"),
        Gio.DBusCallFlags.NONE,
        10_000,
        None,
    )
    address: str = reply.unpack()[0]
    path = re.search(r"(?:^|[:,;])path=([^,;]+)", address)
    if path is None:  # an abstract socket: nothing to bind
        return ""
    return str(Path(path.group(1)).parent)


class Story:
    def __init__(self, python: str, home: Path, orca_root: str = "") -> None:
        self.python = python
        self.orca_root = orca_root
        self.home = home
        self.environment: dict[str, str] = {}
        self.processes: list[subprocess.Popen[bytes]] = []
        self.log = OrcaLog(home / "orca-debug.log")
        self.paths: list[Walk] = []
        #: The steps where Orca did not say what it had to (the story goes on after one).
        self.misses: list[str] = []
        self.app: subprocess.Popen[bytes] | None = None
        self.simulator_url = ""

    # ------------------------------------------------------------------ the desktop

    def start_desktop(self) -> None:
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1366x768x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
        )
        os.close(write_end)
        self.processes.append(xvfb)
        display = ":" + os.read(read_end, 16).decode().strip()
        config = self.home / ".config"
        speechd = config / "speech-dispatcher"
        speechd.mkdir(parents=True)
        # speech-dispatcher's dummy output: the story needs what is said, not a voice.
        (speechd / "speechd.conf").write_text(
            'AddModule "dummy" "sd_dummy" ""\nDefaultModule dummy\n', encoding="utf-8"
        )
        self.environment = {
            **os.environ,
            "DISPLAY": display,
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(config),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_STATE_HOME": str(self.home / ".local" / "state"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_RUNTIME_DIR": str(self.home),
            "LANG": "C.UTF-8",
            "LANGUAGE": "fr",  # Orca speaks French, as a teacher's desktop would
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "NO_AT_BRIDGE": "0",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }
        self.environment.pop("QT_QPA_PLATFORMTHEME", None)

    def start_orca(self) -> None:
        prefs = self.home / "orca-prefs"
        prefs.mkdir()
        launcher = ["-c", ORCA_LAUNCHER, str(self.log.path), str(prefs)]
        command = ["/usr/bin/python3", *launcher]
        if self.orca_root:
            unshare = ["unshare", "--mount", "--propagation", "private"]
            chroot = ["/bin/sh", "-c", CHROOT, "sh", self.orca_root, atspi_socket_folder()]
            command = [*unshare, *chroot, *launcher]
        orca = subprocess.Popen(
            command,
            env=self.environment,
            stdout=subprocess.DEVNULL,
            stderr=(self.home / "orca.err").open("wb"),
        )
        self.processes.append(orca)
        self.wait_for_speech("Lecteur d’écran activé", timeout=60)

    # ------------------------------------------------------------------ the program

    def start_program(self) -> None:
        since = len(self.log.read())
        url_file = self.home / "simulator-url"
        url_file.unlink(missing_ok=True)
        self.app = subprocess.Popen(
            [self.python, str(HERE / "orca_app.py"), str(url_file)],
            env=self.environment,
            stdout=subprocess.DEVNULL,
            stderr=(self.home / "app.err").open("ab"),
        )
        deadline = time.monotonic() + 60
        window = ""
        while time.monotonic() < deadline and not window:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(self.app.pid)],
                env=self.environment,
                capture_output=True,
                text=True,
                check=False,
            )
            window = found.stdout.split()[0] if found.stdout.split() else ""
            time.sleep(0.3)
        if not window:
            raise StoryError("the wizard's window never appeared")
        self.simulator_url = url_file.read_text(encoding="utf-8").strip()
        # No window manager on the virtual screen: give the window the keyboard ourselves.
        subprocess.run(
            ["xdotool", "windowfocus", "--sync", window], env=self.environment, check=True
        )
        self.wait_for_speech("boîte de dialogue", timeout=30, since=since)
        self.wait_quiet()
        if self.paths:
            self.paths[-1].opening = self.log.read()[since:]

    def stop_program(self) -> None:
        if self.app is not None:
            self.app.terminate()
            try:
                self.app.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.app.kill()
            self.app = None
        time.sleep(1.0)
        self.log.read()

    def security_code(self) -> str:
        """The code on screen, as the simulator drew it (what a sighted colleague reads)."""
        address = self.simulator_url + "/_test/captcha"
        assert address.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(address, timeout=10) as answer:  # noqa: S310 - loopback
            return str(answer.read().decode("ascii"))

    # ------------------------------------------------------------------ keys and speech

    def wait_for_speech(self, expected: str, timeout: float = STEP_TIMEOUT, since: int = 0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(expected in said for said in self.log.read()[since:]):
                return
            time.sleep(0.1)
        raise StoryError(f"Orca never said {expected!r}; it said: {self.log.read()[since:]}")

    def wait_quiet(self) -> None:
        deadline = time.monotonic() + STEP_TIMEOUT
        while time.monotonic() < deadline:
            self.log.read()
            if time.monotonic() - self.log.last_change >= QUIET_SECONDS:
                return
            time.sleep(0.1)

    def press(self, *keys: str, then: str = "") -> list[str]:
        """Press keys (xdotool names), or type text with ``type:TEXT``; return what Orca said."""
        since = len(self.log.read())
        for key in keys:
            if key.startswith("type:"):
                command = ["xdotool", "type", "--delay", "120", key[len("type:") :]]
            else:
                command = ["xdotool", "key", "--delay", "120", key]
            subprocess.run(command, env=self.environment, check=True)
        self.log.last_change = time.monotonic()
        if then:
            try:
                self.wait_for_speech(then, since=since)
            except StoryError:  # told in the result; the path goes on, to hear the rest
                self.misses.append(
                    f"{self.paths[-1].name}, step {len(self.paths[-1].steps)}: "
                    f"Orca never said {then!r}"
                )
        self.wait_quiet()
        said = self.log.read()[since:]
        shown = [("type:" + "•" * (len(k) - 5)) if k.startswith("type:") else k for k in keys]
        self.paths[-1].steps.append(Step(keys=shown, said=list(said)))
        return said

    def press_until(self, key: str, expected: str, limit: int = 8) -> None:
        """Press ``key`` until Orca says ``expected`` (moving through a page with Tab)."""
        for _ in range(limit):
            if any(expected in said for said in self.press(key)):
                return
        raise StoryError(f"{key} pressed {limit} times, and Orca never said {expected!r}")

    def path(self, name: str) -> None:
        self.paths.append(Walk(name))
        self.start_program()

    def stop(self) -> None:
        self.stop_program()
        for process in reversed(self.processes):
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


# ---------------------------------------------------------------------- the four paths
# Demo accounts (fictional): Julie Dupont, 24G0954321DEF, password Tournesol-2024; Jean
# Dupont, 24E0712345ABC, password his NUMEN. The wrong passwords and the new one are made up
# here (tests/test_orca.py checks that none is ever spoken).
WRONG_PASSWORDS = ("Girasol-1", "Girasol-2", "Girasol-3", "Girasol-4")
NEW_PASSWORD = "Quokka-Zwix-58"


def identifiant_path(story: Story) -> None:
    story.path("identifiant")
    story.press("Return", then="Prénom")
    story.press("type:Julie")
    story.press("Tab", then="Nom")
    story.press("type:Dupont")
    story.press("Tab", then="NUMEN")
    story.press("type:24G0954321DEF", then="NUMEN bien formé")
    # The focus goes to "Copier" with the result: Space copies, the field is just before it,
    # and Return goes on to the password page.
    story.press("Return", then="jdupont1")
    story.press("space", then="Copié")
    story.press("shift+Tab", then="Votre identifiant")
    story.press("Return", then="Votre mot de passe")
    story.stop_program()


def password_path(story: Story) -> None:
    """Jean Dupont (default password: his NUMEN in capitals) mistypes it four times, hears
    the count and then the warning before the lock, gets in, and is offered the change."""
    story.path("password")
    story.press("Down", then="mot de passe")
    story.press("Return", then="Identifiant")
    story.press("type:jdupont")
    story.press("Tab", then="Mot de passe")
    story.press(f"type:{WRONG_PASSWORDS[0]}")
    story.press("Return", then="Refus jusqu'ici : 1")
    # Alt+M ("&Mot de passe") brings the field back with its text selected: typing replaces it.
    for refusals, wrong in enumerate(WRONG_PASSWORDS[1:-1], start=2):
        story.press("alt+m", f"type:{wrong}", "Return", then=f"Refus jusqu'ici : {refusals}")
    story.press("alt+m", f"type:{WRONG_PASSWORDS[-1]}")
    story.press("Return", then="Encore un mot de passe")
    story.press("alt+m", "type:24E0712345ABC")
    story.press("Return", then="Connexion réussie")
    story.press("Tab", then="Changer mon mot de passe")
    story.press("space", then="Nouveau mot de passe")
    story.press(f"type:{NEW_PASSWORD}")
    story.press_until("Tab", "à nouveau")  # past "Afficher le nouveau mot de passe"
    story.press(f"type:{NEW_PASSWORD}")
    story.press_until("Tab", "Ne pas le changer maintenant")
    story.press("space", then="terminé")
    story.stop_program()


def reset_path(story: Story) -> None:
    story.path("reset")
    story.press("Down", "Down", then="oublié")
    story.press("Return", then="code affiché")
    # The picture is a Tab stop that says what it is and where the way out is.
    story.press_until("shift+Tab", "Image du code de sécurité")
    story.press_until("Tab", "code affiché")
    story.press("type:ZZZZZ")
    story.press("Return", then="code")
    code = story.security_code()
    story.press(f"type:{code}")
    story.press("Return", then="2/2")
    story.press("type:jdupont1")
    story.press("Tab", then="NUMEN")
    story.press("type:24G0954321DEF")
    story.press("Return", then="C'est fait")
    story.stop_program()


def numen_help_path(story: Story) -> None:
    story.path("numen-help")
    story.press("Down", "Down", "Down", then="NUMEN")
    story.press("Return", then="jamais connu")
    story.press("Down", then="perdu")
    # Whom to ask depends on the département: the first one, then its neighbour.
    story.press("Tab", then="Seine-Saint-Denis")
    story.press("space", then="DIMOPE")
    story.press("Right", then="Val-de-Marne")
    story.press("Tab", then="Message")
    story.stop_program()


PATHS = (identifiant_path, password_path, reset_path, numen_help_path)


def chosen_paths() -> list[Callable[[Story], None]]:
    """Every path, or those named in $MAGISTERE_ORCA_PATHS ("identifiant,password"): one
    path is a minute less to wait while working on what it says."""
    names = [name for name in os.environ.get("MAGISTERE_ORCA_PATHS", "").split(",") if name]
    if not names:
        return list(PATHS)
    return [run for run in PATHS if run.__name__.removesuffix("_path").replace("_", "-") in names]


def main() -> int:
    python, output = sys.argv[1], Path(sys.argv[2])
    orca_root = sys.argv[3] if len(sys.argv) > 3 else ""
    lock = Path(tempfile.gettempdir(), "magistere-orca-story.lock").open("w")  # noqa: SIM115
    fcntl.flock(lock, fcntl.LOCK_EX)  # one Orca at a time on this machine: it refuses a second
    home = Path(tempfile.mkdtemp(prefix="magistere-orca-"))
    story = Story(python, home, orca_root)
    result: dict[str, object] = {"home": str(home)}
    try:
        story.start_desktop()
        story.start_orca()
        for run in chosen_paths():
            try:
                run(story)
            except StoryError as error:  # this path cannot go on; the next ones can
                story.misses.append(f"{story.paths[-1].name}: {error}")
                story.stop_program()
        result["ok"] = not story.misses
        result["failure"] = "\n".join(story.misses)
    except (StoryError, subprocess.CalledProcessError) as error:
        result["ok"] = False
        result["failure"] = str(error)
    finally:
        story.stop()
        result["paths"] = [
            {
                "name": p.name,
                "opening": p.opening,
                "steps": [{"keys": s.keys, "said": s.said} for s in p.steps],
            }
            for p in story.paths
        ]
        result["all_speech"] = story.log.read()
        output.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
