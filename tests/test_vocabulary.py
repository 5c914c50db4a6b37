"""Every word of the vocabulary, and every structure rule that says which text names a field.

One test per word (``vocabulary.py`` is data): a word removed or shadowed by another
role fails its own test. The structure tests use opaque field names, so only the
page's structure can have told the client which field is which.
"""

from __future__ import annotations

import pytest

from magistere_gui.client.answers import offers_sign_in, offers_sign_out
from magistere_gui.client.fields import FieldRole
from magistere_gui.client.forms import find_form, role_from_label, role_from_name
from magistere_gui.client.page import Page
from magistere_gui.client.vocabulary import (
    LABEL_WORDS,
    NAME_FRAGMENTS,
    SIGN_IN_WORDS,
    SIGN_OUT_ADDRESS_FRAGMENTS,
    SIGN_OUT_WORDS,
)

LABEL_CASES = [(role, word) for role, words in LABEL_WORDS for word in words]
NAME_CASES = [(role, fragment) for role, fragments in NAME_FRAGMENTS for fragment in fragments]


@pytest.mark.parametrize(
    ("role", "word"), LABEL_CASES, ids=[f"{role.value}:{word}" for role, word in LABEL_CASES]
)
def test_each_label_word_names_its_role(role: FieldRole, word: str) -> None:
    label = f"Votre {word.rstrip('*')} :"
    assert role_from_label(label) is role
    assert role_from_label(label.upper()) is role


@pytest.mark.parametrize(
    ("role", "fragment"),
    NAME_CASES,
    ids=[f"{role.value}:{fragment}" for role, fragment in NAME_CASES],
)
def test_each_name_fragment_names_its_role(role: FieldRole, fragment: str) -> None:
    assert role_from_name(f"f_{fragment}_1") is role


@pytest.mark.parametrize(
    ("label", "role"),
    [
        # French and English wordings of real pages, each read as a person reads it.
        ("Nom d'utilisateur", FieldRole.IDENTIFIANT),
        ("Username", FieldRole.IDENTIFIANT),
        ("Identifiant académique", FieldRole.IDENTIFIANT),
        ("Login", FieldRole.IDENTIFIANT),
        ("Mot de passe actuel", FieldRole.OLD_PASSWORD),
        ("Current password", FieldRole.OLD_PASSWORD),
        ("Ancien mot de passe", FieldRole.OLD_PASSWORD),
        ("Nouveau mot de passe", FieldRole.NEW_PASSWORD),
        ("New password", FieldRole.NEW_PASSWORD),
        ("Confirmez le nouveau mot de passe", FieldRole.CONFIRM_PASSWORD),
        ("Confirm new password", FieldRole.CONFIRM_PASSWORD),
        ("Vérification du mot de passe", FieldRole.CONFIRM_PASSWORD),
        ("Retapez le nouveau mot de passe", FieldRole.CONFIRM_PASSWORD),
        ("Caractères de l'image", FieldRole.CAPTCHA),
        ("Security code", FieldRole.CAPTCHA),
        ("Code de vérification", FieldRole.CAPTCHA),
        ("Votre Nom : (Patronymique ou Marital)", FieldRole.LAST_NAME),
        ("Prénom", None),
        ("Nombre d'élèves", None),
        ("Date de naissance", None),
    ],
)
def test_wordings_of_real_pages(label: str, role: FieldRole | None) -> None:
    assert role_from_label(label) is role


def page(body: str) -> Page:
    return Page(url="https://externet.example/login", status=200, text=body, charset="utf-8")


LOGIN_ROLES = (FieldRole.IDENTIFIANT, FieldRole.PASSWORD)


@pytest.mark.parametrize(
    "form",
    [
        # label for
        "<label for='a'>Identifiant</label><input id='a' name='x1'>"
        "<label for='b'>Mot de passe</label><input id='b' name='x2' type='password'>",
        # wrapping label
        "<label>Identifiant <input name='x1'></label>"
        "<label>Mot de passe <input name='x2' type='password'></label>",
        # table cells
        "<table><tr><td>Identifiant</td><td><input name='x1'></td></tr>"
        "<tr><td>Mot de passe</td><td><input name='x2' type='password'></td></tr></table>",
        # a header row over the fields
        "<table><tr><th>Identifiant</th><th>Mot de passe</th></tr>"
        "<tr><td><input name='x1'></td><td><input name='x2' type='password'></td></tr></table>",
        # dt / dd
        "<dl><dt>Identifiant</dt><dd><input name='x1'></dd>"
        "<dt>Mot de passe</dt><dd><input name='x2' type='password'></dd></dl>",
        # aria-label
        "<input name='x1' aria-label='Identifiant'>"
        "<input name='x2' type='password' aria-label='Mot de passe'>",
        # aria-labelledby
        "<span id='l1'>Identifiant</span><span id='l2'>Mot de passe</span>"
        "<p><input name='x1' aria-labelledby='l1'></p><p><input name='x2' type='password' aria-labelledby='l2'></p>",
        # placeholder
        "<input name='x1' placeholder='Identifiant'>"
        "<input name='x2' type='password' placeholder='Mot de passe'>",
        # fieldset legend
        "<fieldset><legend>Identifiant</legend><input name='x1'></fieldset>"
        "<fieldset><legend>Mot de passe</legend><input name='x2' type='password'></fieldset>",
    ],
    ids=[
        "label-for",
        "wrapping-label",
        "table-cell",
        "column-header",
        "dt-dd",
        "aria-label",
        "aria-labelledby",
        "placeholder",
        "fieldset-legend",
    ],
)
def test_the_structure_says_which_text_names_which_field(form: str) -> None:
    found = find_form(page(f"<form method='post'>{form}</form>"), LOGIN_ROLES)
    assert found is not None
    assert found.field_names == {FieldRole.IDENTIFIANT: "x1", FieldRole.PASSWORD: "x2"}


def test_a_cell_that_names_its_own_field_is_not_overruled_by_the_cell_before() -> None:
    found = find_form(
        page(
            "<form method='post'><table><tr><td>Identifiant</td>"
            "<td>Mot de passe : <input name='x2' type='password'></td>"
            "<td><input name='x1' aria-label='Identifiant'></td></tr></table></form>"
        ),
        LOGIN_ROLES,
    )
    assert found is not None
    assert found.field_names == {FieldRole.IDENTIFIANT: "x1", FieldRole.PASSWORD: "x2"}


SIGN_OUT_CASES = [word.rstrip("*") for word in SIGN_OUT_WORDS]


@pytest.mark.parametrize("word", SIGN_OUT_CASES)
def test_each_sign_out_word_names_a_way_out(word: str) -> None:
    assert offers_sign_out(page(f"<p>Mon espace</p><a href='/x'>{word.upper()}</a>"))
    assert offers_sign_out(page(f"<button>{word}</button>"))
    assert not offers_sign_out(page(f"<p>{word}</p>"))  # a word, not a control


@pytest.mark.parametrize("fragment", SIGN_OUT_ADDRESS_FRAGMENTS)
def test_each_sign_out_address_names_a_way_out(fragment: str) -> None:
    assert offers_sign_out(page(f"<a href='/portail/{fragment}.php'><img src='o.png'></a>"))
    assert offers_sign_out(page(f"<form action='/{fragment}'><input type='submit'></form>"))


def test_a_way_out_no_one_sees_is_not_offered() -> None:
    assert not offers_sign_out(page("<a href='/logout' class='d-none'>Déconnexion</a>"))
    assert not offers_sign_out(page("<div style='display:none'><a href='/logout'>x</a></div>"))
    assert not offers_sign_out(page("<a href='/connexion'>Se connecter</a>"))


@pytest.mark.parametrize("word", SIGN_IN_WORDS)
def test_each_sign_in_word_names_a_way_in(word: str) -> None:
    assert offers_sign_in(page(f"<p>Portail</p><a href='/x'>{word.title()}</a>"))
    assert not offers_sign_in(page(f"<p>{word}</p>"))  # a word, not a control
    assert not offers_sign_out(page(f"<a href='/x'>{word}</a>"))


def test_the_way_out_is_not_a_way_in() -> None:
    assert not offers_sign_in(page("<a href='/logout'>Déconnexion</a>"))
    assert not offers_sign_in(page("<a href='/h'>Historique des connexions</a>"))
