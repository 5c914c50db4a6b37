"""The words a person reads on académie pages, as data: one place, one test per word.

Why data: pages of different ages and tools call the same thing by many names
("Identifiant", "Nom d'utilisateur", "Login", "Username"), in French and sometimes in
English. The structure of a page (label-for, wrapping label, table cell, ``dt``/``dd``,
``aria-label``, placeholder, fieldset legend: see ``forms.py``) says *which* text names
a field; these words only say *what* that text means. ``tests/test_vocabulary.py``
checks every word here.

Words are folded (lower case, no accents). A word matches as a whole word; a word
ending with ``*`` matches every word it starts (``confirm*``: confirmez, confirmation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from magistere_gui.client.fields import FieldRole

#: The words of a field's label, per role. Checked in this order: the first role with a
#: word in the label wins ("Confirmez le nouveau mot de passe" is a confirmation, "Nom
#: d'utilisateur" an identifiant, not a name).
LABEL_WORDS: tuple[tuple[FieldRole, tuple[str, ...]], ...] = (
    (FieldRole.NUMEN, ("numen",)),
    (
        FieldRole.CAPTCHA,
        (
            "code",
            "captcha",
            "caracteres",
            "image",
            "recopiez",
            "cryptogramme",
            "security code",
            "characters",
        ),
    ),
    (
        FieldRole.CONFIRM_PASSWORD,
        (
            "confirm*",
            "retap*",
            "repet*",
            "resaisi*",
            "verif*",
            "a nouveau",
            "again",
            "repeat",
            "re-enter",
        ),
    ),
    (FieldRole.OLD_PASSWORD, ("ancien*", "actuel*", "current", "old", "existing")),
    (FieldRole.NEW_PASSWORD, ("nouveau mot de passe", "nouveau mdp", "new password")),
    (FieldRole.PASSWORD, ("mot de passe", "mdp", "password", "passwd")),
    (
        FieldRole.IDENTIFIANT,
        ("identifiant", "utilisateur", "login", "username", "user name", "user id", "uid"),
    ),
    (FieldRole.LAST_NAME, ("nom", "last name", "surname", "family name")),
)

#: Fragments of a field's ``name`` or ``id``, per role: the fallback when no text names it.
NAME_FRAGMENTS: tuple[tuple[FieldRole, tuple[str, ...]], ...] = (
    (FieldRole.NUMEN, ("numen",)),
    (FieldRole.CAPTCHA, ("captcha", "code", "secur")),
    (FieldRole.CONFIRM_PASSWORD, ("confirm", "verif", "repeat", "pass2")),
    (FieldRole.OLD_PASSWORD, ("old", "ancien", "current", "actuel")),
    (FieldRole.NEW_PASSWORD, ("new", "nouveau")),
    (FieldRole.PASSWORD, ("password", "passwd", "pass", "pwd", "mdp")),
    (FieldRole.IDENTIFIANT, ("identifiant", "login", "user", "uid")),
    (FieldRole.LAST_NAME, ("nom", "name", "lastname")),
)

# Message blocks are recognised by their WAI-ARIA role or by the words of their class and
# id (split on "-" and "_", as in "message-negative", "alert_danger"), never from a control:
# "btn-success" is a button's look, not something the site says.
NEGATIVE_CLASS_WORDS = frozenset(
    {
        "error",
        "errors",
        "erreur",
        "erreurs",
        "danger",
        "negative",
        "warning",
        "warn",
        "echec",
        "fail",
        "failure",
        "failed",
        "invalid",
        "critical",
    }
)
POSITIVE_CLASS_WORDS = frozenset(
    {"success", "succes", "successful", "positive", "ok", "confirm", "confirmation"}
)
#: Words of a class that says a block informs (Bootstrap's "alert-info"): they win over a
#: bare ``role="alert"``, which Bootstrap's examples put on every alert.
INFO_CLASS_WORDS = frozenset({"info", "information", "notice"})
NEUTRAL_CLASS_WORDS = frozenset(
    {"info", "information", "message", "messages", "msg", "notice", "status", "flash"}
)
#: First words of a class that styles a control or a box, not a message: "btn-danger" is a
#: button's colour and "border-danger" or "bg-warning" a box's (Bootstrap utilities).
CONTROL_CLASS_PREFIXES = frozenset(
    {"btn", "button", "icon", "fa", "glyphicon", "bi", "input", "form-control", "border", "bg"}
)

#: Words of a control that signs a person out (a link, a button): every page of a session
#: shows one, no error or maintenance page does. Folded; ``*`` as in ``LABEL_WORDS``.
SIGN_OUT_WORDS = (
    "deconnexion",
    "deconnect*",
    "fermer la session",
    "fermer ma session",
    "fermer votre session",
    "quitter",
    "logout",
    "log out",
    "logoff",
    "log off",
    "sign out",
    "signout",
)
#: The same, in the address a sign-out link or form goes to.
SIGN_OUT_ADDRESS_FRAGMENTS = (
    "logout",
    "log_out",
    "logoff",
    "deconnexion",
    "deconnect",
    "signout",
    "sign_out",
    "sign-out",
)

#: Words of a control that offers to sign in: a page that offers it is a page of no one
#: (a portal's public home), unless it also offers a way out.
SIGN_IN_WORDS = (
    "se connecter",
    "connectez-vous",
    "connexion",
    "s'identifier",
    "identifiez-vous",
    "s'authentifier",
    "log in",
    "login",
    "sign in",
    "signin",
)

#: Words of a captcha image (its src, id, alt, class or title).
CAPTCHA_IMAGE_WORDS = (
    "captcha",
    "securimage",
    "code",
    "verif",
    "cryptogramme",
    "security",
    "securite",
)
#: Words of the link that draws another code (its title, label, text or image).
NEW_CODE_WORDS = (
    "autre code",
    "nouveau code",
    "nouveau",
    "recharger",
    "rafraichir",
    "autre image",
    "nouvelle image",
    "generer",
    "renew",
    "refresh",
    "reload",
    "new",
)


def _word_pattern(words: Iterable[str]) -> str:
    return "|".join(
        rf"\b{re.escape(word[:-1])}" if word.endswith("*") else rf"\b{re.escape(word)}\b"
        for word in words
    )


LABEL_PATTERNS = tuple((role, re.compile(_word_pattern(words))) for role, words in LABEL_WORDS)
SIGN_OUT_PATTERN = re.compile(_word_pattern(SIGN_OUT_WORDS))
SIGN_IN_PATTERN = re.compile(_word_pattern(SIGN_IN_WORDS))
SIGN_OUT_ADDRESS_PATTERN = re.compile("|".join(map(re.escape, SIGN_OUT_ADDRESS_FRAGMENTS)))
NAME_PATTERNS = tuple(
    (role, re.compile("|".join(map(re.escape, fragments)))) for role, fragments in NAME_FRAGMENTS
)
