"""Two teachers' paths driven as a screen reader drives them: through AT-SPI, by role and name.

Run by tests/test_screen_reader.py with the system's Python (Debian's python3-pyatspi),
inside a D-Bus session:

    dbus-run-session -- /usr/bin/python3 tests/atspi_story.py PATH/TO/magistere-gui

It starts a virtual screen (Xvfb), the real program in demo mode on it, finds every
control in the accessibility tree by role and accessible name (as Orca does), types
and presses through AT-SPI only, and reads every result back from the tree. Prints
one line per step; exit code 0 when both paths worked.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

import pyatspi  # Debian's python3-pyatspi: not installable from PyPI

TIMEOUT_SECONDS = 30.0


def wait_for(
    what: str, find: Callable[[], object | None], timeout: float = TIMEOUT_SECONDS
) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = find()
        except Exception:  # the tree changes while we read it: try again
            found = None
        if found:
            return found
        time.sleep(0.2)
    raise SystemExit(f"FAILED: {what} not found in the accessibility tree")


def application() -> object | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and "magistere" in (app.name or "").lower():
            return app
    return None


def descendants(node: object) -> list[object]:
    found = []
    stack = [node]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            if current.getState().contains(pyatspi.STATE_DEFUNCT):
                continue
            stack.extend(current.getChildAtIndex(i) for i in range(current.childCount))
        except Exception:
            continue
    return [n for n in found if n is not None]


def control(
    app: object, roles: set[int], name: Callable[[str], bool]
) -> Callable[[], object | None]:
    def find() -> object | None:
        for node in descendants(app):
            state = node.getState()
            if (
                node.getRole() in roles
                and name(node.name or "")
                and state.contains(pyatspi.STATE_SHOWING)
            ):
                return node
        return None

    return find


def text_of(node: object) -> str:
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return node.name or ""


def press(node: object) -> None:
    node.queryAction().doAction(0)


def type_into(node: object, value: str) -> None:
    node.queryEditableText().setTextContents(value)


def type_keys(node: object, value: str) -> None:
    """Into a NUMEN or password field: it offers no text to assistive technologies (so none
    can read or set it), only the focus; the keys are typed as a keyboard does."""
    node.queryComponent().grabFocus()
    wait_for("the focus in the field", lambda: node.getState().contains(pyatspi.STATE_FOCUSED))
    subprocess.run(["xdotool", "type", "--delay", "50", value], check=True)


FIELD_ROLES = {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT}
BUTTONS = {pyatspi.ROLE_PUSH_BUTTON}


def field_holding(app: object, name: str, value: str) -> Callable[[], object | None]:
    """The shown field called ``name`` whose text, read from the tree, is ``value``."""

    def find() -> object | None:
        for node in descendants(app):
            if (
                node.getRole() in FIELD_ROLES
                and node.name == name
                and node.getState().contains(pyatspi.STATE_SHOWING)
                and text_of(node) == value
            ):
                return node
        return None

    return find


def story(app: object) -> None:
    say = print
    chooser = wait_for(
        "the 'Je cherche mon identifiant' choice",
        control(
            app, {pyatspi.ROLE_RADIO_BUTTON}, lambda n: n.startswith("Je cherche mon identifiant")
        ),
    )
    press(chooser)
    press(wait_for("the Next button", control(app, BUTTONS, lambda n: n.startswith("Suivant"))))
    heading = wait_for(
        "the page's title as a heading",
        control(app, {pyatspi.ROLE_HEADING}, lambda n: n == "Votre identifiant"),
    )
    say(f"page identifiant reached, heading: {heading.name}")
    type_into(
        wait_for("the first name field", control(app, FIELD_ROLES, lambda n: n == "Prénom")),
        "Julie",
    )
    type_into(
        wait_for("the last name field", control(app, FIELD_ROLES, lambda n: n.startswith("Nom"))),
        "Dupont",
    )
    type_keys(
        wait_for("the NUMEN field", control(app, FIELD_ROLES, lambda n: n == "NUMEN")),
        "24G0954321DEF",
    )
    press(
        wait_for(
            "the lookup button",
            control(app, BUTTONS, lambda n: n == "Vérifier mon identifiant en ligne"),
        )
    )
    # A label named by the value (a line edit's text was heard one character short by Orca
    # 43): its name is what a screen reader reads, after its buddy "Votre identifiant :".
    result = wait_for(
        "the identifiant read as a label 'jdupont1'",
        control(app, {pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC}, lambda n: n == "jdupont1"),
    )
    say(f"identifiant read from the tree: {result.name}")
    status = wait_for(
        "the status line confirming it",
        control(app, {pyatspi.ROLE_LABEL}, lambda n: "confirme votre identifiant" in n),
    )
    say(f"status read from the tree: {status.name}")

    press(wait_for("the Next button", control(app, BUTTONS, lambda n: n.startswith("Suivant"))))
    identifiant = wait_for(
        "the password page's identifiant field with jdupont1",
        field_holding(app, "Identifiant", "jdupont1"),
    )
    say(f"password page identifiant: {text_of(identifiant)}")
    type_keys(
        wait_for("the password field", control(app, FIELD_ROLES, lambda n: n == "Mot de passe")),
        "Tournesol-2024",
    )
    press(
        wait_for(
            "the test button",
            control(app, BUTTONS, lambda n: n == "Tester la connexion au portail"),
        )
    )
    success = wait_for(
        "the login's outcome",
        control(app, {pyatspi.ROLE_LABEL}, lambda n: n.startswith("Connexion réussie")),
    )
    say(f"login read from the tree: {success.name}")


def main() -> int:
    program = sys.argv[1]
    home = tempfile.mkdtemp(prefix="magistere-atspi-")
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
    )
    os.close(write_end)
    display = ":" + os.read(read_end, 16).decode().strip()
    environment = {
        **os.environ,
        "DISPLAY": display,
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        "XDG_STATE_HOME": os.path.join(home, ".local", "state"),
        "QT_QPA_PLATFORM": "xcb",
        "QT_ACCESSIBILITY": "1",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "NO_AT_BRIDGE": "0",
        # No keychain prompt on the virtual screen: the story does not keep anything.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    environment.pop("QT_QPA_PLATFORMTHEME", None)
    os.environ.update({"DISPLAY": display})
    app_process = subprocess.Popen([program, "--demo"], env=environment)
    try:
        app = wait_for("the program", application, timeout=60)
        print(f"program found in the accessibility tree: {app.name}")
        # No window manager on the virtual screen: give the window the keyboard (xdotool),
        # which the secret fields need (they are typed into with keys only).
        window = wait_for(
            "the program's window",
            lambda: subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(app_process.pid)],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.split(),
        )
        subprocess.run(["xdotool", "windowfocus", "--sync", window[0]], check=True)
        story(app)
        print("both paths worked through AT-SPI")
        return 0
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_process.kill()
        xvfb.terminate()


if __name__ == "__main__":
    raise SystemExit(main())
