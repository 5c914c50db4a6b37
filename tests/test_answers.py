"""Reading answers by structure: the identifiant wherever its label puts it, never a stray word."""

from __future__ import annotations

import pytest

from magistere_gui.client.answers import added_text, find_identifiant
from magistere_gui.client.page import Page


def page(html: str) -> Page:
    return Page(url="https://tech.ac-creteil.fr/", status=200, text=html, charset="utf-8")


@pytest.mark.parametrize(
    "html",
    [
        "<p>Votre identifiant est : <b>jdupre</b></p>",
        "<p>Votre identifiant est jdupre.</p>",
        "<p>Identifiant : jdupre</p>",
        "<table><tr><td>Nom</td><td>DUPRE</td></tr><tr><td>Identifiant</td><td>jdupre</td></tr></table>",
        "<table><tr><th>Identifiant</th></tr><tr><td>jdupre</td></tr></table>",
        "<dl><dt>Votre identifiant</dt><dd><strong>jdupre</strong></dd></dl>",
        "<p><b>Identifiant :</b> jdupre</p>",
        "<label>Identifiant académique</label> <input type='text' readonly value='jdupre'>",
        "<div>Votre identifiant de messagerie = <span>jdupre</span></div>",
        "<p>IDENTIFIANT : JDUPRE</p>",
    ],
    ids=[
        "sentence-bold",
        "sentence",
        "colon",
        "next-cell",
        "cell-below",
        "dt-dd",
        "bold-label",
        "read-only-field",
        "equals",
        "capitals",
    ],
)
def test_the_identifiant_is_read_next_to_its_label(html: str) -> None:
    assert find_identifiant(page(html)) == "jdupre"


@pytest.mark.parametrize(
    "html",
    [
        "<p>Afin de retrouver votre <b>identifiant</b>, nous vous invitons à saisir :</p>",
        "<p>Votre identifiant vous permet d'accéder à la messagerie.</p>",
        "<p>Identifiant : inconnu</p>",
        "<form><label for='u'>Identifiant</label><input id='u' name='u'></form><p>Mot de passe</p>",
        "<p>Identifiant ou NUMEN incorrect.</p>",
        "<table><tr><td>Identifiant</td><td>???</td></tr></table>",
    ],
    ids=["intro-sentence", "no-separator", "unknown", "login-form", "refusal", "not-a-shape"],
)
def test_no_identifiant_is_made_up(html: str) -> None:
    assert find_identifiant(page(html)) is None


def test_what_an_answer_adds_is_the_sites_message_in_its_own_words() -> None:
    form = "<form><td>Nom</td><input name='a'><td>NUMEN</td><input name='b'></form>"
    before = page("<h1>Messagerie</h1>" + form)
    answer = page(
        "<h1>Messagerie</h1><font color=red>Identifiant ou NUMEN incorrect.</font>" + form
    )
    assert added_text(before.folded_pieces, answer) == "Identifiant ou NUMEN incorrect."
    assert added_text(before.folded_pieces, before) == ""
