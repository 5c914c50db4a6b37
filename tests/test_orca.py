"""What the real screen readers say (tests/orca_story.py): GNOME Orca, keys only, its log read.

Two Orcas, the same four paths and the same assertions for each, because they differ
where it matters: Debian 12's Orca 43.1 (the system's) does not speak Qt's announcement
events, Orca 46 and later do, so a result given both ways would be said twice there.
Orca 46 is not packaged for Debian 12; the second reader is Debian 13's Orca 48.1, run
from a root of its own (tests/orca_root.py, built by ``.ci/run``) against the wizard on
this machine. Needs Debian's orca, speech-dispatcher, xdotool, xvfb, the AT-SPI stack,
and for Orca 48 its root, unshare and chroot (so, root). Elsewhere a reader's tests are
skipped with the reason, except when MAGISTERE_REQUIRE_ORCA is set (CI): then both run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import orca_root
import pytest

# Each Orca's story runs in its first test's set-up (about 90 s each, more while another
# story on this machine holds the one Orca lock).
pytestmark = pytest.mark.timeout(900)

SYSTEM_PYTHON = "/usr/bin/python3"
STORY = Path(__file__).with_name("orca_story.py")
SECRETS = (
    "24G0954321DEF",  # Julie Dupont's NUMEN
    "Tournesol-2024",  # her password
    "24E0712345ABC",  # Jean Dupont's NUMEN, his password too
    "Girasol-1",  # the wrong passwords Jean types first (tests/orca_story.py)
    "Girasol-2",
    "Girasol-3",
    "Girasol-4",
    "Quokka-Zwix-58",  # the new password he types on the change page
)


def missing_stack(reader: str) -> str:
    for program in ("Xvfb", "dbus-run-session", "xdotool"):
        if shutil.which(program) is None:
            return f"{program} is not installed"
    if reader == "48":
        if os.geteuid() != 0 or shutil.which("unshare") is None:
            return "Orca 48 runs in a chroot: this needs root and unshare"
        if not orca_root.is_ready(orca_root.root_path()):
            return f"no Orca 48 root in {orca_root.root_path()} (python3 tests/orca_root.py)"
        probe = [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Gio', '2.0')"]
    else:
        for program in ("orca", "speech-dispatcher"):
            if shutil.which(program) is None:
                return f"{program} is not installed"
        probe = [SYSTEM_PYTHON, "-c", "import pyatspi, orca.debug, speechd"]
    found = subprocess.run(probe, capture_output=True, check=False, timeout=60)
    return "" if found.returncode == 0 else "Orca's Python modules are not installed"


@pytest.fixture(scope="module", params=["43", "48"], ids=["orca43", "orca48"])
def transcript(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """The story's record with Orca 43 (the system's) or Orca 48 (Debian 13's, in its root)."""
    reader: str = request.param
    reason = missing_stack(reader)
    if reason and os.environ.get("MAGISTERE_REQUIRE_ORCA"):
        pytest.fail(f"the Orca {reader} story must run here: {reason}")
    if reason:
        pytest.skip(f"no Orca {reader} on this machine: {reason}")
    output = tmp_path_factory.mktemp(f"orca{reader}") / "transcript.json"
    root = [str(orca_root.root_path())] if reader == "48" else []
    result = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(STORY), sys.executable, str(output), *root],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert output.exists(), result.stdout + result.stderr[-3000:]
    record: dict[str, Any] = json.loads(output.read_text(encoding="utf-8"))
    record["reader"] = reader
    print(f"Orca {reader}:\n" + render(record))  # the transcript, in the test's output
    assert record["ok"], record.get("failure", "") + result.stderr[-3000:]
    return record


def render(record: dict[str, Any]) -> str:
    lines = []
    for walk in record["paths"]:
        lines.append(f"== {walk['name']}")
        opening = " | ".join(text.replace("\n", " ") for text in walk.get("opening", []))
        lines.append(f"  (start) -> {opening}")
        for step in walk["steps"]:
            said = " | ".join(text.replace("\n", " ") for text in step["said"])
            lines.append(f"  {' '.join(step['keys'])} -> {said}")
    return "\n".join(lines)


def steps(record: dict[str, Any], name: str) -> list[dict[str, Any]]:
    return next(walk["steps"] for walk in record["paths"] if walk["name"] == name)


def _heard(text: str) -> str:
    """A no-break space (French puts one before ":", "?"...) is said as a space."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def said_at(record: dict[str, Any], name: str, index: int) -> list[str]:
    said: list[str] = steps(record, name)[index]["said"]
    return [_heard(text) for text in said]


def count(said: list[str], words: str) -> int:
    return sum(words in _heard(text) for text in said)


def typing_steps(record: dict[str, Any], name: str, text: str) -> list[list[str]]:
    """What was said while ``text`` was typed (in its own step) on path ``name``."""
    typed = ["type:" + "•" * len(text)]
    return [step["said"] for step in steps(record, name) if step["keys"] == typed]


def step_saying(record: dict[str, Any], name: str, words: str) -> int:
    """The first step of path ``name`` where Orca said ``words``."""
    return next(
        index
        for index, step in enumerate(steps(record, name))
        if any(words in text for text in step["said"])
    )


def test_no_secret_is_ever_spoken(transcript: dict[str, Any]) -> None:
    everything = "\n".join(transcript["all_speech"])
    # Characters read one by one ("T o u r n e") joined up; words are left apart, so that
    # "Val-de-Marne sélectionné" (Orca 48) is not taken for the "rnes" of "Tournesol".
    spelled = re.sub(r"\b(\w) (?=\w\b)", r"\1", everything)
    for secret in SECRETS:
        assert secret not in everything
        for start in range(len(secret) - 3):
            assert secret[start : start + 4] not in spelled
    # Typing a secret: no character is echoed (the fields are password texts to Orca).
    typing = [
        said_at(transcript, "identifiant", 5),
        said_at(transcript, "password", 4),
        *typing_steps(transcript, "password", "Quokka-Zwix-58"),  # new, then confirmation
        said_at(transcript, "reset", -2),
    ]
    assert len(typing) == 5
    for said in typing:
        assert not [text for text in said if len(text.strip()) <= 2], said
    # Alt+M, then a password typed: only the "m" of Alt+M is echoed (by Orca 48).
    for step in steps(transcript, "password"):
        if step["keys"][0] == "alt+m":
            assert not [t for t in step["said"] if len(t.strip()) <= 2 and t != "m"], step


def test_every_field_is_heard_when_the_focus_comes(transcript: dict[str, Any]) -> None:
    assert count(said_at(transcript, "identifiant", 0), "Prénom") >= 1
    assert count(said_at(transcript, "identifiant", 2), "Nom (patronymique ou marital)") == 1
    assert count(said_at(transcript, "identifiant", 4), "NUMEN champ de mot de passe") == 1
    assert count(said_at(transcript, "password", 1), "Identifiant") == 1
    assert count(said_at(transcript, "password", 3), "Mot de passe champ de mot de passe") == 1
    assert count(said_at(transcript, "reset", -3), "NUMEN champ de mot de passe") == 1
    change = step_saying(transcript, "password", "Changer votre mot de passe")
    said = said_at(transcript, "password", change)
    assert count(said, "Nouveau mot de passe champ de mot de passe") == 1, said
    again = step_saying(transcript, "password", "Nouveau mot de passe, à nouveau")
    assert count(said_at(transcript, "password", again), "champ de mot de passe") == 1


def test_each_page_says_its_title_before_its_first_field(transcript: dict[str, Any]) -> None:
    for name, index, title, field in (
        ("identifiant", 0, "Votre identifiant", "Prénom"),
        ("password", 1, "Votre mot de passe", "Identifiant"),
        ("reset", 1, "étape 1/2", "code affiché"),
        ("numen-help", 1, "Votre NUMEN", "jamais connu"),
        ("password", 13, "Changer votre mot de passe", "Nouveau mot de passe champ"),
    ):
        said = said_at(transcript, name, index)
        first_title = next(i for i, text in enumerate(said) if title in text)
        first_field = next(i for i, text in enumerate(said) if field in text)
        assert first_title < first_field, said


def test_the_identifiant_is_said_once_by_name(transcript: dict[str, Any]) -> None:
    """The focus goes to "Copier" with the result (its description): Space copies, Return goes
    on. On the field itself Orca 48 said the value and then the sentence naming it again."""
    said = said_at(transcript, "identifiant", 6)
    assert count(said, "Copier l'identifiant bouton") == 1, said
    assert count(said, "votre identifiant : jdupont1") == 1, said
    assert count(said, "jdupont1") == 1, said
    assert count(said_at(transcript, "identifiant", 7), "Copié dans le presse-papiers") == 1
    going_on = said_at(transcript, "identifiant", 9)  # Return
    assert count(going_on, "Votre mot de passe") == 1, going_on


def test_the_identifiant_field_is_read_whole(transcript: dict[str, Any]) -> None:
    """Shift+Tab from "Copier": the field, and the identifiant in it, whole. Orca 43 read a Qt
    line edit's text one character short ("jdupont" for "jdupont1", a colleague's account):
    the field is read as a label named by its value."""
    said = said_at(transcript, "identifiant", 8)
    assert count(said, "Votre identifiant") == 1, said
    assert count(said, "jdupont1") == 1, said
    assert not any(re.search(r"jdupont(?!1)", text) for text in said), said


def test_typing_feedback_is_said_when_its_meaning_changes_only(
    transcript: dict[str, Any],
) -> None:
    numen = said_at(transcript, "identifiant", 5)  # 13 keys
    assert numen == [
        "Un NUMEN compte 13 caractères ; vous en avez saisi 1.",
        "NUMEN bien formé.",  # not the académie, category and year: its first characters
    ]
    last_name = said_at(transcript, "identifiant", 3)  # 6 keys: only their echo
    assert not [text for text in last_name if "Sera envoyé" in text], last_name


def test_each_result_is_said_once_and_no_stale_status(transcript: dict[str, Any]) -> None:
    everything = transcript["all_speech"]
    assert count(everything, "Connexion au site de l'académie") == 0
    success = said_at(transcript, "password", 11)
    assert count(success, "Connexion réussie : jdupont et") >= 1, success  # once: see below
    assert count(success, "Refus") == 0, success
    reset = steps(transcript, "reset")
    wrong_code = next(i for i, step in enumerate(reset) if step["keys"] == ["type:•••••"])
    refusal = reset[wrong_code + 1]["said"]  # Return after a wrong code
    assert count(refusal, "Le code saisi ne correspond pas") == 1, refusal
    assert count(said_at(transcript, "reset", -1), "C'est fait") == 1
    assert count(said_at(transcript, "numen-help", 1), "NUMEN inconnu") == 1
    assert count(said_at(transcript, "numen-help", 2), "NUMEN perdu") == 1


def test_the_lost_numen_advice_follows_the_departement_once_per_choice(
    transcript: dict[str, Any],
) -> None:
    first = said_at(transcript, "numen-help", 4)  # Space on "93 – Seine-Saint-Denis"
    assert count(first, "NUMEN perdu (93 Seine-Saint-Denis)") == 1, first
    assert count(first, "secrétariat de la DIMOPE") == 1, first
    second = said_at(transcript, "numen-help", 5)  # Right: the Val-de-Marne
    assert count(second, "NUMEN perdu (94 Val-de-Marne)") == 1, second
    assert count(second, "secrétariat de votre établissement") == 1, second
    assert count(second, "(93") == 0, second
    assert count(said_at(transcript, "numen-help", 6), "Message prêt à envoyer") == 1


def test_a_feedback_line_is_heard_with_its_field_only(transcript: dict[str, Any]) -> None:
    """Entering the identifiant page: the proposal line is the first name's description, not
    also one of the page's loose texts (Orca reads those with the page's name)."""
    entering = said_at(transcript, "identifiant", 0)
    assert count(entering, "Saisissez votre prénom et votre nom") == 1, entering
    assert count(entering, "13 caractères") == 0, entering  # the NUMEN's, said with the NUMEN
    assert count(said_at(transcript, "identifiant", 4), "13 caractères") == 1


def test_the_security_code_picture_can_be_reached_and_is_explained(
    transcript: dict[str, Any],
) -> None:
    picture = next(
        step["said"]
        for step in steps(transcript, "reset")
        if any("Image du code de sécurité image" in text for text in step["said"])
    )
    assert count(picture, "Je n'arrive pas à lire le code") == 1, picture


def test_no_mnemonic_marker_reaches_the_speech(transcript: dict[str, Any]) -> None:
    assert not [text for text in transcript["all_speech"] if "&" in text]


def test_a_secret_field_offers_no_text_to_assistive_technologies(qapp: object) -> None:
    """Offscreen, without Orca: what the secret field's accessible exposes (CI and here)."""
    from PySide6.QtGui import QAccessible

    from magistere_gui.gui.widgets import SecretField

    field = SecretField("NUMEN", "Afficher le NUMEN")
    field.setText("24G0954321DEF")
    field.show_box.setChecked(True)  # shown on screen: still never read out
    accessible = QAccessible.queryAccessibleInterface(field.line_edit)
    assert accessible is not None
    assert accessible.role() == QAccessible.Role.EditableText
    assert accessible.state().passwordEdit
    assert accessible.textInterface() is None
    assert accessible.editableTextInterface() is None
    assert accessible.text(QAccessible.Text.Value) == ""
    assert accessible.text(QAccessible.Text.Name) == "NUMEN"


def test_a_feedback_line_is_its_fields_description_to_assistive_technologies(
    qapp: object,
) -> None:
    """Offscreen, without Orca: the line under a field says it describes that field (Orca
    then leaves it out of the page's loose texts it reads on entering the page)."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLabel, QLineEdit

    from magistere_gui.gui.accessibility import mark_feedback_line

    field = QLineEdit()
    line = QLabel("Identifiant probable : jdupont")
    mark_feedback_line(line, field)
    accessible = QAccessible.queryAccessibleInterface(line)
    assert accessible is not None
    assert accessible.text(QAccessible.Text.Name) == "Identifiant probable : jdupont"
    [(target, relation)] = accessible.relations(QAccessible.RelationFlag.AllRelations)
    assert relation == QAccessible.RelationFlag.DescriptionFor
    assert target.object() is field


def test_the_welcome_text_is_said_once_at_start(transcript: dict[str, Any]) -> None:
    """Orca reads the whole window as it opens; Orca 43 read the welcome page's texts again
    with the page the focus came into, Orca 48 its subtitle.

    Known on Orca 48, not fixed: now and then (one opening of four in one run) it reads the
    window before the page's last lines are laid out, then the page's first line again with
    the page; the privacy line is then not heard at start (it is read with the page when
    the teacher moves in it). There: the first line at most twice, the privacy line at most
    once; Orca 43: each exactly once."""
    racy = transcript["reader"] == "48"
    for walk in transcript["paths"]:
        opening = walk["opening"]
        assert count(opening, "Cet assistant suit pas à pas") == 1, opening
        assert count(opening, "Je cherche mon identifiant") == 1, opening
        if racy:
            assert 1 <= count(opening, "Ayez sous la main") <= 2, opening
            assert count(opening, "Ce qui est envoyé, et à qui") <= 1, opening
        else:
            assert count(opening, "Ayez sous la main") == 1, opening
            assert count(opening, "Ce qui est envoyé, et à qui") == 1, opening


def test_a_refused_password_is_counted_and_the_last_try_is_warned(
    transcript: dict[str, Any],
) -> None:
    first = said_at(transcript, "password", 5)  # Return after a wrong password
    assert count(first, "Mot de passe refusé") >= 1, first  # once: see the next test
    assert count(first, "Refus jusqu'ici : 1 ") >= 1, first
    for index, refusals in ((6, 2), (7, 3)):  # Alt+M, another wrong one, Return
        said = said_at(transcript, "password", index)
        assert count(said, f"Refus jusqu'ici : {refusals} ") >= 1, said
    warning = said_at(transcript, "password", 9)  # the fourth refusal, one before the lock
    assert count(warning, "Attention : 4 refus déjà. Encore un mot de passe refusé") >= 1
    assert count(warning, "Refus jusqu'ici") == 0, warning


def test_each_answer_to_a_login_is_said_once(transcript: dict[str, Any]) -> None:
    """The answer is shown in the status line, and the focus moved there (Return then goes
    on, Tab to what follows).

    Known on Orca 48, not fixed: it handles a focus event before name changes queued
    earlier. When the answer comes while the status line's name change of the click
    ("Connexion au site de l'académie…") is still in its queue, that stale event is handled
    after the focus and Orca reads the focused line a second time. The local simulator
    answers in milliseconds, so it happens in some runs; an académie answering in a few
    hundred milliseconds leaves Orca time to handle it first. There: at least once, at most
    twice; Orca 43: exactly once."""
    most = 2 if transcript["reader"] == "48" else 1
    for index, words in (
        (5, "Refus jusqu'ici : 1 "),
        (9, "Attention : 4 refus déjà"),
        (11, "Connexion réussie : jdupont et"),
    ):
        said = said_at(transcript, "password", index)
        assert 1 <= count(said, words) <= most, said


def test_the_change_page_speaks_its_feedback_when_it_changes_and_can_be_skipped(
    transcript: dict[str, Any],
) -> None:
    new, confirmation = typing_steps(transcript, "password", "Quokka-Zwix-58")
    # 16 keys: the strength verdict when it changes (and the meter's value), never per key.
    verdicts = [text.split(".")[0] for text in new if "pour cent" not in text]
    assert 1 <= len(verdicts) <= 5, new  # Très faible … Très fort: each at most once
    assert len(verdicts) == len(set(verdicts)), new
    assert len(new) == len(set(new)), new
    assert confirmation == [], confirmation  # the confirmation matching: nothing to say
    skip = step_saying(transcript, "password", "Ne pas le changer maintenant")
    said = said_at(transcript, "password", skip)
    assert count(said, "Ne pas le changer maintenant bouton") == 1, said
    assert count(said, "mot de passe n'a pas été changé") == 1, said
    done = said_at(transcript, "password", skip + 1)  # Space
    assert count(done, "C'est terminé") == 1, done
    assert count(done, "Votre identifiant : jdupont") == 1, done
