"""Reading forms as a person does: labels, table cells, placeholders, then names; hidden fields carried."""

from __future__ import annotations

import pytest

from magistere_gui.client.captcha import find_captcha
from magistere_gui.client.fields import FieldRole
from magistere_gui.client.forms import find_form, role_from_label
from magistere_gui.client.notices import site_messages
from magistere_gui.client.page import Page

URL = "https://identifiant.example/identifiant/index.php?a=initialiserPass"


def page(body: str, charset: str = "cp1252") -> Page:
    return Page(url=URL, status=200, text=f"<html><body>{body}</body></html>", charset=charset)


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Votre Nom : (Patronymique ou Marital)", FieldRole.LAST_NAME),
        ("Votre Numen :", FieldRole.NUMEN),
        ("Nom d'utilisateur", FieldRole.IDENTIFIANT),
        ("Identifiant", FieldRole.IDENTIFIANT),
        ("Mot de passe", FieldRole.PASSWORD),
        ("Ancien mot de passe", FieldRole.OLD_PASSWORD),
        ("Nouveau mot de passe", FieldRole.NEW_PASSWORD),
        ("Confirmez le nouveau mot de passe", FieldRole.CONFIRM_PASSWORD),
        ("Saisir le code affiché :", FieldRole.CAPTCHA),
        ("Prénom", None),
        ("Nombre d'élèves", None),
    ],
)
def test_labels_are_read_like_a_person_reads_them(label: str, role: FieldRole | None) -> None:
    assert role_from_label(label) is role


def test_a_table_layout_without_labels_is_understood_despite_its_introduction() -> None:
    form = find_form(
        page(
            "<p>Afin de retrouver votre identifiant, saisissez :</p>"
            "<form method='post' action='identifiant.php'><table>"
            "<tr><td><b>Votre Nom</b> : (Patronymique ou Marital)</td><td><input name='f1'></td></tr>"
            "<tr><td>Votre Numen :</td><td><input type='password' name='f2'></td></tr>"
            "</table><input type='hidden' name='jeton' value='abc'>"
            "<input type='submit' name='ok' value='Valider'></form>"
        ),
        (FieldRole.LAST_NAME, FieldRole.NUMEN),
    )
    assert form is not None
    assert form.field_names == {FieldRole.LAST_NAME: "f1", FieldRole.NUMEN: "f2"}
    assert form.action == "https://identifiant.example/identifiant/identifiant.php"
    assert form.method == "POST"
    values = form.values_with({FieldRole.LAST_NAME: "Dupont", FieldRole.NUMEN: "X"})
    assert values == [("f1", "Dupont"), ("f2", "X"), ("jeton", "abc"), ("ok", "Valider")]


def test_wrapping_labels_and_placeholders_count_as_labels() -> None:
    form = find_form(
        page(
            "<form method='post'><label>Identifiant <input name='a'></label>"
            "<input type='password' name='b' placeholder='Mot de passe'></form>"
        ),
        (FieldRole.IDENTIFIANT, FieldRole.PASSWORD),
    )
    assert form is not None
    assert form.field_names == {FieldRole.IDENTIFIANT: "a", FieldRole.PASSWORD: "b"}
    assert form.action == URL  # no action: the page itself


def test_names_are_the_fallback_and_pinned_names_win() -> None:
    body = "<form method='post'><input name='username'><input type='password' name='pwd'><input name='x'></form>"
    form = find_form(page(body), (FieldRole.IDENTIFIANT, FieldRole.PASSWORD))
    assert form is not None
    assert form.field_names[FieldRole.IDENTIFIANT] == "username"
    pinned = find_form(page(body), (FieldRole.IDENTIFIANT,), {FieldRole.IDENTIFIANT: "x"})
    assert pinned is not None
    assert pinned.field_names[FieldRole.IDENTIFIANT] == "x"


def test_the_form_that_has_every_role_is_chosen_and_its_charset_kept() -> None:
    form = find_form(
        page(
            "<form action='/recherche'><input name='q' placeholder='Rechercher'></form>"
            "<form method='post' accept-charset='ISO-8859-1'>"
            "<label for='n'>Nom</label><input id='n' name='nom'>"
            "<label for='m'>NUMEN</label><input id='m' name='numen'></form>"
        ),
        (FieldRole.LAST_NAME, FieldRole.NUMEN),
    )
    assert form is not None
    assert form.charset == "windows-1252"  # what browsers send for an "ISO-8859-1" form
    assert find_form(page("<form><input name='q'></form>"), (FieldRole.NUMEN,)) is None


def test_the_captcha_image_and_its_new_code_icon_are_told_apart() -> None:
    image, refresh = find_captcha(
        page(
            "<img src='/logo.png' alt='Académie'>"
            "<img src='captcha.php?t=1' alt='Code de sécurité'>"
            "<a href='index.php?a=initialiserPass&amp;nouveau=1'><img src='r.png' alt='Autre code'></a>"
        )
    )
    assert image == "https://identifiant.example/identifiant/captcha.php?t=1"
    assert (
        refresh == "https://identifiant.example/identifiant/index.php?a=initialiserPass&nouveau=1"
    )


def test_site_messages_are_collected_as_plain_text() -> None:
    text = site_messages(
        page("<p class='erreur'>Le code <b>saisi</b> est incorrect.</p><p>Autre</p>")
    )
    assert text == "Le code saisi est incorrect."


def test_a_boxs_coloured_border_is_not_a_message() -> None:
    assert (
        site_messages(page("<div class='card p-3 border-danger'>Au moins 8 caractères</div>")) == ""
    )


def test_the_label_of_a_button_under_an_error_is_not_the_sites_message() -> None:
    """LemonLDAP::NG's error page: the message, then a "Go to portal" button in ``#error``."""
    text = site_messages(
        page(
            "<div class='message message-negative alert' role='alert'>Refusé.</div>"
            "<div id='error'><div class='buttons'>"
            "<a href='/' class='btn btn-primary' role='button'><span>Go to portal</span></a>"
            "<button type='button'>Fermer</button></div>"
            "<p>Voir <a href='/aide'>l'aide</a>.</p></div>"
        )
    )
    assert text == "Refusé. Voir l'aide."


def test_every_control_a_browser_sends_is_carried_in_order() -> None:
    form = find_form(
        page(
            "<form method='post'>"
            "<input type='hidden' name='etape' value='1'>"
            "<label for='c'>Code</label><input id='c' name='code'>"
            "<select name='langue'><option value='fr' selected>Français</option><option value='en'>English</option></select>"
            "<input type='checkbox' name='souvenir' value='oui' checked>"
            "<input type='checkbox' name='lettre' value='oui'>"
            "<input type='text' name='vide'>"
            "<input type='submit' name='go' value='Valider'><input type='submit' name='no' value='Annuler'>"
            "</form>"
        ),
        (FieldRole.CAPTCHA,),
    )
    assert form is not None
    assert form.values_with({FieldRole.CAPTCHA: "AB12C"}) == [
        ("etape", "1"),
        ("code", "AB12C"),
        ("langue", "fr"),
        ("souvenir", "oui"),
        ("vide", ""),
        ("go", "Valider"),
    ]


def test_message_tones_follow_roles_and_class_words_never_a_look() -> None:
    from magistere_gui.client.evidence import Tone
    from magistere_gui.client.notices import notices

    html = (
        "<div class='message message-negative alert' role='alert'>Refusé</div>"
        "<div class='message message-warning' role='status'>À changer bientôt</div>"
        "<div class='card border-danger'>Règles du mot de passe</div>"
        "<table class='info'><tr><td>Connexion refusée le 3 mars</td></tr></table>"
        "<ul class='errorlist'><li>Ce champ est obligatoire.</li></ul>"
        "<button class='btn btn-success'>Connect</button>"
    )
    found = notices(Page(url="http://127.0.0.1/", status=200, text=html, charset="utf-8"))
    assert [(notice.text, notice.tone) for notice in found] == [
        ("Refusé", Tone.NEGATIVE),
        ("À changer bientôt", Tone.NEUTRAL),
        ("Ce champ est obligatoire.", Tone.NEGATIVE),
    ]


def test_pages_read_in_several_workers_at_once_each_keep_their_own_form() -> None:
    """Pages are read in the background, sometimes two at once (a call and a saved page):
    each reading gets its own form, with its hidden token and chosen option carried."""
    from concurrent.futures import ThreadPoolExecutor

    def read(index: int) -> tuple[str, tuple[tuple[str, str], ...]]:
        body = (
            f"<form method='post' action='/reset{index}'>"
            f"<input type='hidden' name='jeton' value='t{index}'>"
            "<select name='academie'><option>Paris</option>"
            f"<option selected>Créteil{index}</option></select>"
            "<label for='n'>Votre Nom :</label><input id='n' name='nom'>"
            "<label for='m'>Votre Numen :</label><input id='m' name='numen'></form>"
            + "<p>texte</p>"
            * 2000
        )
        form = find_form(page(body), (FieldRole.LAST_NAME, FieldRole.NUMEN))
        assert form is not None
        return form.action, form.carried_values

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(read, range(16)))
    for index, (action, carried) in enumerate(results):
        assert action.endswith(f"/reset{index}")
        assert ("jeton", f"t{index}") in carried
        assert ("academie", f"Créteil{index}") in carried
