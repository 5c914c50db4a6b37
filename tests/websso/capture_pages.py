"""Save the pages the running LemonLDAP::NG portal answers into tests/pages/llng-*.html.

Usage (the portal started with ``python3 tests/websso/llng.py start``)::

    .venv/bin/python tests/websso/capture_pages.py

Each page is saved as "Enregistrer la page pour l'assistance" saves one (the capture
header, secrets removed) with its ``expect:`` line, so that ``tests/test_saved_pages.py``
replays it through the client without the portal. The portal's translation file is
replayed from ``tests/pages/llng-languages-fr.json``.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from magistere_gui.client import AcademieClient, MagistereError, load_profile  # noqa: E402
from magistere_gui.client.capture import PageCapture, capture_file_text  # noqa: E402
from magistere_gui.client.fields import FieldRole  # noqa: E402
from magistere_gui.client.forms import find_form  # noqa: E402
from magistere_gui.client.page import Page  # noqa: E402
from websso import llng  # noqa: E402

PAGES = HERE.parent / "pages"
NEW_PASSWORD = "Mimosa-Bleu7"


def save(
    name: str, step: str, page: Page | None, expect: str, note: str, secrets: tuple[str, ...]
) -> None:
    assert page is not None, name
    text = capture_file_text(PageCapture.of(step, page), secrets)
    header_end = text.index("-->\n")
    text = f"{text[:header_end]}expect: {expect}\nnote: {note}\n{text[header_end:]}"
    (PAGES / f"llng-{name}.html").write_text(text, encoding="utf-8")
    print(f"llng-{name}.html: {expect}")


def main() -> int:
    running = llng.running()
    if running is None:
        print("LemonLDAP::NG is not running: python3 tests/websso/llng.py start", file=sys.stderr)
        return 1
    llng.forget_failed_logins(running.folder)
    profile = load_profile(HERE / "llng.toml", base_url=running.portal)

    def client() -> AcademieClient:
        return AcademieClient(profile)

    teacher = client()
    teacher.check_credentials("dwho", "dwho")
    save(
        "connexion-reussie",
        "check_credentials",
        teacher.transport.last_page(),
        "succeeded",
        "302 setting the session cookie, then the menu; its Mot de passe tab holds the change form (current/new/confirmation, no identifiant)",
        ("dwho",),
    )

    teacher = client()
    with contextlib.suppress(MagistereError):
        teacher.check_credentials("rtyler", "pas-le-bon")
    save(
        "connexion-refusee",
        "check_credentials",
        teacher.transport.last_page(),
        "refused",
        "the login form again with an empty <span trmsg=5> its script fills in: Identifiant ou mot de passe incorrect",
        ("pas-le-bon",),
    )

    teacher = client()
    for index in range(llng.MAX_FAILED_LOGINS + 1):
        with contextlib.suppress(MagistereError):  # 3 refusals, then the right password
            teacher.check_credentials("msmith", "msmith" if index == 3 else f"faux-{index}")
    save(
        "compte-verrouille",
        "check_credentials",
        teacher.transport.last_page(),
        "locked",
        "the right password after 3 refusals: no form, no cookie, <span trmsg=86> (Votre compte est verrouillé…) and the wait in seconds",
        ("msmith",),
    )

    teacher = client()
    teacher.change_password("dwho", "dwho", NEW_PASSWORD)
    save(
        "mot-de-passe-change",
        "change_password",
        teacher.transport.last_page(),
        "changed",
        "posted from the menu's change form: <span trmsg=35> styled positive (Le mot de passe a été changé avec succès)",
        ("dwho", NEW_PASSWORD),
    )

    for name, new_password, note in (
        ("nouveau-mot-de-passe-trop-court", "Court1", "<span trmsg=29>: Mot de passe trop court"),
        (
            "nouveau-mot-de-passe-insuffisant",
            "longuemaisminuscule",
            "<span trmsg=28>: Qualité du mot de passe insuffisante",
        ),
    ):
        teacher = client()
        with contextlib.suppress(MagistereError):
            teacher.change_password("dwho", "dwho", new_password)
        save(
            name,
            "change_password",
            teacher.transport.last_page(),
            "rejected",
            note,
            ("dwho", new_password),
        )

    # The change form refuses a wrong current password itself (after a login with the right
    # one): what a person sees when typing another current password in the menu.
    teacher = client()
    teacher.check_credentials("dwho", "dwho")
    menu = teacher.transport.get_page(profile.url("portal"))
    form = find_form(menu, (FieldRole.OLD_PASSWORD, FieldRole.NEW_PASSWORD))
    assert form is not None
    values = {
        FieldRole.OLD_PASSWORD: "pas-le-bon",
        FieldRole.NEW_PASSWORD: NEW_PASSWORD,
        FieldRole.CONFIRM_PASSWORD: NEW_PASSWORD,
    }
    answer = teacher.transport.send_form(
        "POST", form.action, form.values_with(values), form.charset, page_url=menu.url
    )
    save(
        "ancien-mot-de-passe-refuse",
        "change_password",
        answer,
        "refused",
        "the menu's change form with a wrong current password: <span trmsg=39> (Ancien mot de passe invalide)",
        ("dwho", "pas-le-bon", NEW_PASSWORD),
    )
    llng.forget_failed_logins(running.folder)
    if running.ldap_portal is None:
        print(f"no LDAP portal: {llng.directory_installed()}", file=sys.stderr)
        return 0
    llng.reset_directory(running.folder)
    directory = load_profile(HERE / "llng.toml", base_url=running.ldap_portal)
    for name, user, note in (
        (
            "ldap-mot-de-passe-reinitialise",
            llng.RESET_USER,
            "LDAP password reset by an administrator (ppolicy pwdReset): no session, the login page with the change form under <span trmsg=25> styled a warning (role=status)",
        ),
        (
            "ldap-mot-de-passe-expire",
            llng.EXPIRED_USER,
            "LDAP password expired (ppolicy pwdMaxAge): no session, the change form under <span trmsg=22> styled an error (role=alert)",
        ),
    ):
        teacher = AcademieClient(directory)
        with contextlib.suppress(MagistereError):
            teacher.check_credentials(user, llng.DIRECTORY_PASSWORD)
        save(
            name,
            "check_credentials",
            teacher.transport.last_page(),
            "required",
            note,
            (llng.DIRECTORY_PASSWORD,),
        )
    llng.forget_failed_logins(running.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
