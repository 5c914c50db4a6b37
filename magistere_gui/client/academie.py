"""The académie client: one method per thing the wizard does.

Each method fetches the page a person would open, finds the form by what
the person reads, fills it, posts it once, and decides from what the
answer says. Anything unexpected becomes :class:`SiteNotUnderstoodError`
with the page's URL, so the wizard can offer to open that page instead.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import ParamSpec, TypeVar
from urllib.parse import urlsplit

from magistere_gui import rules
from magistere_gui.client.answers import (
    added_text,
    control_labels,
    find_identifiant,
    offers_sign_in,
    offers_sign_out,
    unanswered_fields,
)
from magistere_gui.client.captcha import find_captcha
from magistere_gui.client.capture import PageCapture
from magistere_gui.client.errors import (
    AccountLockedError,
    ActionRequiredError,
    CaptchaError,
    EmptyFieldError,
    MagistereError,
    NotFoundError,
    PasswordRejectedError,
    RateLimitedError,
    SiteNotUnderstoodError,
    UnknownFieldError,
    WrongCredentialsError,
)
from magistere_gui.client.evidence import Evidence, RequiredAction, Tone
from magistere_gui.client.fields import FieldRole
from magistere_gui.client.forms import ParsedForm, find_form
from magistere_gui.client.images import checked_captcha_header
from magistere_gui.client.notices import hidden_from_view, notices
from magistere_gui.client.page import Page, clean_site_text, fold
from magistere_gui.client.profile import SiteProfile
from magistere_gui.client.results import (
    CaptchaChallenge,
    IdentifiantFound,
    LoginSucceeded,
    NewPassword,
    PasswordChanged,
    ResetDone,
    ResetStepTwo,
)
from magistere_gui.client.scrubbing import live_secrets, mask_secrets
from magistere_gui.client.transport import Transport, public_url

log = logging.getLogger(__name__)

_Parameters = ParamSpec("_Parameters")
#: Where one sentence of a site's message ends (each is read on its own for "done").
_SENTENCE_END = re.compile(r"(?<=[.!;])\s+")
#: A refusal that names the identifiant or a password (not a code, not the confirmation).
_ABOUT_CREDENTIALS = re.compile(
    r"\bmot de passe\b|identifiant|password|\blogin\b|utilisateur|authentification|credentials"
    r"|\busername\b|\buser name\b|\bauthentication\b"
)
#: What a sentence must be about for its words to count (a profile pattern per key):
#: "Aucun cookie publicitaire n'est déposé" says nobody is unknown.
_SUBJECTS = {"not_found": "about_a_person"}
_Result = TypeVar("_Result")


def _within_error_family(
    operation: Callable[_Parameters, _Result],
) -> Callable[_Parameters, _Result]:
    """Whatever a page does to the parsers, the caller gets one of the client's errors.

    Only the exception's type is logged: its text might quote the page or a value sent.
    """

    @functools.wraps(operation)
    def guarded(*args: _Parameters.args, **kwargs: _Parameters.kwargs) -> _Result:
        try:
            return operation(*args, **kwargs)
        except SiteNotUnderstoodError as error:
            _attach_capture(error, args[0], operation.__name__)
            raise
        except (MagistereError, rules.InvalidNumenError):
            raise
        except Exception as error:
            log.warning("%s: unexpected %s", operation.__name__, type(error).__name__)
            understood = SiteNotUnderstoodError(f"answer not understood ({type(error).__name__})")
            _attach_capture(understood, args[0], operation.__name__)
            raise understood from None

    return guarded


def _attach_capture(error: MagistereError, client: object, step: str) -> None:
    """Keep the page that was not understood with the error, so the teacher can save it."""
    if isinstance(client, AcademieClient) and error.capture is None:
        page = client.transport.last_page()
        if page is not None:
            error.capture = PageCapture.of(step, page)


_PASSWORD_ROLES = frozenset(
    {
        FieldRole.PASSWORD,
        FieldRole.OLD_PASSWORD,
        FieldRole.NEW_PASSWORD,
        FieldRole.CONFIRM_PASSWORD,
    }
)


def _parsed(numen: rules.Numen | str) -> rules.Numen:
    """The NUMEN as the page parsed it (the wizard hands over a :class:`rules.Numen`, whose
    ``repr`` hides it); text is parsed here, for other callers."""
    return numen if isinstance(numen, rules.Numen) else rules.parse_numen(numen)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """Remove secrets a page may echo back (some pages repeat the NUMEN) before we keep its text."""
    return mask_secrets(text, secrets)


@dataclass(frozen=True)
class _Reading:
    """What one answer says, read once: the site's words, whether they are an alert, and
    the evidence to carry with the outcome."""

    message: str
    alert: bool
    positive: bool
    evidence: Evidence
    #: Only the blocks styled as alerts (what the site insists on now).
    alert_text: str = ""
    #: Every sentence the answer adds to the page the form was on, message blocks or not:
    #: what a person also reads ("Mot de passe incorrect." in a plain paragraph beside a
    #: "Bienvenue" box). Read for words that contradict the message, never shown.
    added: str = ""
    #: What a person reads first on the answer: its message blocks (any tone) and its
    #: headings. Read for what a session's page asks or says about the session.
    headline: str = ""

    @property
    def heard(self) -> str:
        """The message and the added sentences together (each once)."""
        if not self.added or self.added == self.message:
            return self.message
        return f"{self.message} {self.added}".strip()


class AcademieClient:
    """Talks to the sites of one académie profile. One ``requests.Session`` per client.

    Each operation has a closed set of outcomes (``outcomes.OUTCOMES``): its success,
    returned only on positive evidence, or one of the client's errors. Nothing the client
    sends carrying a password is ever sent twice by the client itself.
    """

    def __init__(self, profile: SiteProfile) -> None:
        self.profile = profile
        self.transport = Transport(profile)
        #: Refused passwords per identifiant seen by this client (login and change): the
        #: wizard warns before the last attempt the profile allows.
        self.refusals: Counter[str] = Counter()

    def close(self) -> None:
        self.transport.close()

    # ------------------------------------------------------------------ helpers

    def _form(self, page: Page, roles: Iterable[FieldRole], what: str) -> ParsedForm:
        form = find_form(page, roles, self.profile.pinned_fields)
        if form is None:
            raise SiteNotUnderstoodError(
                f"no {what} form found on the page", url=public_url(page.url)
            )
        return form

    def _submit(self, form: ParsedForm, filled: Mapping[FieldRole, str], page_url: str) -> Page:
        """Send the form as a browser would (GET or POST), once; never with a field we do not
        fill left empty (the site asks for something the wizard does not know: nothing is sent)."""
        asked = form.unanswered(filled)
        if asked:
            raise UnknownFieldError(
                "the form asks for something the wizard does not know",
                url=public_url(page_url),
                asked_for=", ".join(asked),
            )
        method = "GET" if form.method == "GET" else "POST"
        if method == "GET" and _PASSWORD_ROLES & filled.keys():
            # A password in an address stays in access logs and in the school's filtering
            # proxy, whatever the encryption: the program never does that on its own (the
            # page is offered in the browser). A NUMEN lookup by GET is the legacy page's way.
            raise SiteNotUnderstoodError(
                "the form would put a password in the address", url=public_url(page_url)
            )
        return self.transport.send_form(
            method, form.action, form.values_with(filled), form.charset, page_url=page_url
        )

    def _came_back(self, answer: Page, roles: Iterable[FieldRole]) -> bool:
        """Whether the answer shows the same step's form again (a person would say: it did not work)."""
        return find_form(answer, roles, self.profile.pinned_fields) is not None

    def _read(self, answer: Page, form: ParsedForm, secrets: Iterable[str]) -> _Reading:
        """The site's words (its message blocks, else what it added to the page) and the
        evidence of the answer. Secrets the page echoes are masked at once."""
        found = notices(answer)
        if form.page is not None:
            # A block the page already showed before anything was sent (a policy, a lock
            # rule, a cookie banner) is the page's furniture, not what the site answers.
            furniture = {notice.text for notice in notices(form.page)}
            found = tuple(notice for notice in found if notice.text not in furniture)
        added = scrub(added_text(form.page_pieces, answer), secrets)
        message = scrub(" ".join(notice.text for notice in found), secrets) if found else added
        alert = any(notice.tone is Tone.NEGATIVE for notice in found)
        positive = any(notice.tone is Tone.POSITIVE for notice in found)
        evidence = Evidence(
            status=answer.status,
            landed_url=public_url(answer.url),
            redirected=bool(answer.redirects),
            cookies_set=tuple(sorted(answer.cookies_set)),
            site_message=message,
            alert=alert,
        )
        alert_text = scrub(
            " ".join(notice.text for notice in found if notice.tone is Tone.NEGATIVE), secrets
        )
        headings = [
            clean_site_text(heading.text_content()[:400], 200)
            for heading in itertools.islice(answer.document().iter("h1", "h2"), 10)
            if not hidden_from_view(heading)
        ]
        headline = scrub(
            " ".join([*(notice.text for notice in found), *(f"{h}." for h in headings if h)]),
            secrets,
        )
        return _Reading(
            message=message,
            alert=alert,
            positive=positive,
            evidence=evidence,
            alert_text=alert_text,
            added=added,
            headline=headline,
        )

    def _says(self, pattern_key: str, page: Page, message: str = "") -> bool:
        """Whether the site's message (or, without one, the page) says this."""
        pattern = self.profile.pattern(pattern_key)
        return bool(pattern.search(fold(message) if message else page.plain_text))

    def _says_done(
        self, pattern_key: str, page: Page, message: str, *, against: tuple[str, ...] = ()
    ) -> bool:
        """Whether the site says this was done in a sentence that does not take it back: "n'a
        pas été réinitialisé", "ne peut pas être", "échec", "sera" (``not_done``), or says one
        of ``against`` too ("changé trop récemment" is a rule, not a change)."""
        text = fold(message) if message else page.plain_text
        return self._said_in_a_sentence(pattern_key, text, ("not_done", *against))

    def _said_in_a_sentence(self, pattern_key: str, text: str, vetoes: tuple[str, ...]) -> bool:
        """Whether one sentence of ``text`` (folded) says this and none of the ``vetoes``,
        about what such words must be about (``_SUBJECTS``)."""
        pattern = self.profile.pattern(pattern_key)
        subject = self.profile.pattern(_SUBJECTS[pattern_key]) if pattern_key in _SUBJECTS else None
        vetoing = [self.profile.pattern(key) for key in vetoes]
        return any(
            pattern.search(sentence)
            and (subject is None or subject.search(sentence))
            and not any(veto.search(sentence) for veto in vetoing)
            for sentence in _SENTENCE_END.split(text)
        )

    def _says_nobody(self, answer: Page, message: str) -> bool:
        """Whether the site says no one matches, in a sentence about a person or an account
        (the message, else the page)."""
        text = fold(message) if message else answer.plain_text
        return self._said_in_a_sentence("not_found", text, ())

    def _said_now(self, pattern_key: str, page: Page, message: str = "") -> bool:
        """Whether the site's message (or, without one, the page) says this in a sentence
        that is not advice for a case ("Si votre mot de passe est bloqué…", "En cas d'erreur,
        contactez…": a help line says nothing about this answer)."""
        text = fold(message) if message else page.plain_text
        return self._said_in_a_sentence(pattern_key, text, ("advice",))

    def _says_lock(self, answer: Page, message: str, *, anywhere: bool) -> bool:
        """Whether the site says the account is locked now: in a sentence that does not
        announce it for later ("il vous reste 2 essais avant que votre compte soit
        verrouillé" is a warning that comes with a refusal). Read in the message (else the
        page), and with ``anywhere`` in the page's text too."""
        texts = [fold(message) if message else answer.plain_text]
        if anywhere and message:
            texts.append(answer.plain_text)
        return any(
            self._said_in_a_sentence("login_locked", text, ("lock_to_come", "advice"))
            for text in texts
        )

    def _refusal_in_a_line(self, answer: Page, before: Page) -> bool:
        """Whether one line the answer adds to ``before`` (as a browser lays it out: a
        paragraph, an alert, a cell) refuses the identifiant or the password in one
        sentence. A session's menu holds "Mot de passe" and "Dernières connexions refusées"
        apart: that says nothing about this try."""
        known = frozenset(folded for folded, _shown in before.lines) | control_labels(answer)
        refused = self.profile.pattern("login_failed")
        # Advice for a case ("si votre mot de passe est incorrect…") and a history ("dernière
        # connexion échouée le 12/03/2024") say nothing about this try.
        vetoes = (self.profile.pattern("advice"), self.profile.pattern("past"))
        return any(
            refused.search(sentence)
            and _ABOUT_CREDENTIALS.search(sentence)
            and not any(veto.search(sentence) for veto in vetoes)
            for folded, _shown in answer.lines
            if folded not in known
            for sentence in _SENTENCE_END.split(folded)
        )

    def _taken_back(self, reading: _Reading, keys: tuple[str, ...]) -> bool:
        """Whether a sentence the answer adds says one of ``keys`` (a refusal, an error, no
        one found), beside a "done" said elsewhere: a template may print its success line
        whatever happened. Advice for a case ("si …") takes nothing back."""
        words = fold(reading.heard)
        return bool(words) and any(
            self._said_in_a_sentence(key, words, ("advice",)) for key in keys
        )

    def _refusal_said(self, answer: Page, words: str) -> bool:
        """Whether ``words`` refuse the identifiant or the password (not a code, not the
        confirmation of a new password)."""
        return (
            bool(words)
            and self._says("login_failed", answer, words)
            and bool(_ABOUT_CREDENTIALS.search(fold(words)))
        )

    def _trouble(self, answer: Page, reading: _Reading, what: str) -> MagistereError | None:
        """Where a refusal is expected, words that say something else happened: the site is
        busy or away, or the form's token or session was lost (nothing sent was judged).
        A refusal is never counted nor said for those."""
        message = reading.message
        if not message:
            return None
        if self._says_lock(answer, message, anywhere=False):
            return RateLimitedError(
                f"{what}: too many attempts",
                url=public_url(answer.url),
                retry_after_seconds=self._retry_after_seconds(answer, message),
                site_message=message,
                evidence=reading.evidence.because("too many attempts said"),
            )
        if self._said_now("site_error", answer, message) or self._said_now(
            "session_lost", answer, message
        ):
            return self._not_understood(
                f"{what} (the site's trouble, not a refusal)", answer, reading
            )
        return None

    def _says_anywhere(self, pattern_key: str, page: Page, message: str) -> bool:
        """Whether the message or the page's text says this (for what a page may say outside
        its message blocks, such as a lock or an expired password)."""
        return self._says(pattern_key, page, message) or self._says(pattern_key, page)

    def _retry_after_seconds(self, page: Page, message: str = "") -> int | None:
        """When to come back, as the site's message (else the page, else Retry-After) says it."""
        for key, unit, seconds in (
            ("retry_minutes", "minutes", 60),
            ("retry_seconds", "seconds", 1),
        ):
            pattern = self.profile.pattern(key)
            said = (pattern.search(fold(message)) if message else None) or pattern.search(
                page.plain_text
            )
            if said:
                return int(said.group(unit)) * seconds
        return int(page.retry_after) if page.retry_after.isdigit() else None

    @staticmethod
    def _not_understood(what: str, answer: Page, reading: _Reading) -> SiteNotUnderstoodError:
        """An answer with no positive evidence either way; its status is named for the log."""
        return SiteNotUnderstoodError(
            f"{what} not understood (HTTP {answer.status})",
            url=public_url(answer.url),
            site_message=reading.message,
            evidence=reading.evidence,
        )

    def _required_action(
        self, answer: Page, reading: _Reading, *, signs_out: bool
    ) -> ActionRequiredError | None:
        """What the site asks for before letting the person in, if it asks for anything: an
        expired password, a second step, a charter, or a form we do not know."""
        url = public_url(answer.url)
        asked = unanswered_fields(answer, offered=self._offered_change_form(answer))
        session_opened = bool(answer.redirects and answer.cookies_set)
        for action, key in (
            (RequiredAction.CHANGE_EXPIRED_PASSWORD, "password_expired"),
            (RequiredAction.SECOND_STEP, "second_step"),
            (RequiredAction.ACCEPT_TERMS, "accept_terms"),
        ):
            if session_opened and signs_out and not asked:
                # A session's page with its way out and nothing to fill in: only its message
                # blocks and headings can still ask for something (a menu's history or help
                # text mentioning an expired password says nothing about now).
                # What it says first (its message blocks, its headings) still may.
                said = bool(reading.headline) and self._said_in_a_sentence(
                    key, fold(reading.headline), ("advice", "expiry_to_come")
                )
            else:
                said = self._says_anywhere(key, answer, reading.message) and bool(
                    asked or reading.message
                )
            if said:
                return ActionRequiredError(
                    f"password accepted, then {action.value} asked",
                    action=action,
                    url=url,
                    site_message=reading.message,
                    evidence=reading.evidence.because(key),
                    asked_for=", ".join(asked),
                )
        if asked:
            return ActionRequiredError(
                "a form asks for something else",
                action=RequiredAction.UNKNOWN_FORM,
                url=url,
                site_message=reading.message,
                evidence=reading.evidence.because("unknown form"),
                asked_for=", ".join(asked),
            )
        return None

    def _offered_change_form(self, answer: Page) -> ParsedForm | None:
        """The password change form a session's menu offers (a Web-SSO's "Mot de passe"
        tab): after a redirect that opened a session, it is offered, not asked for. Without
        that evidence (the expired-password shape: the same page, no session) it is asked."""
        if not (answer.redirects and answer.cookies_set):
            return None
        return find_form(
            answer, (FieldRole.OLD_PASSWORD, FieldRole.NEW_PASSWORD), self.profile.pinned_fields
        )

    def _left_the_page(self, answer: Page, page_url: str) -> bool:
        """Whether the site sent us on, away from the page the form was on."""
        if not answer.redirects:
            return False
        return urlsplit(answer.url).path.rstrip("/") != urlsplit(page_url).path.rstrip("/")

    def _raise_if_locked(self, answer: Page, reading: _Reading, *, came_back: bool) -> None:
        """A lock (HTTP 423, or the site says so) ends a login or a change. With the form back,
        only what the answer says counts: the login page's own help ("le compte est verrouillé
        après 5 essais") was there before we sent anything."""
        if answer.status == 423 or self._says_lock(answer, reading.message, anywhere=not came_back):
            raise AccountLockedError(
                "account locked after failed attempts",
                url=public_url(answer.url),
                retry_after_seconds=self._retry_after_seconds(answer, reading.message),
                site_message=reading.message,
                evidence=reading.evidence.because("lock said or HTTP 423"),
            )

    def _refused(self, identifiant: str) -> int:
        key = identifiant.strip().lower()
        self.refusals[key] += 1
        return self.refusals[key]

    # ------------------------------------------------------------------ identifiant

    @_within_error_family
    def lookup_identifiant(self, last_name: str, numen: rules.Numen | str) -> IdentifiantFound:
        """Ask the académie's lookup page for the identifiant of this name and NUMEN.

        The name is normalised as the sheet says (apostrophe or space -> dash);
        the NUMEN must already be valid (:func:`rules.parse_numen` raises otherwise).
        Found: a whole identifiant next to an "identifiant" label (never a part of a word).
        Not found: the form came back with a message, or the answer says so.
        """
        typed = numen.value if isinstance(numen, rules.Numen) else numen
        canonical_numen = _parsed(numen).value
        name = rules.normalise_lookup_name(last_name).value
        roles = (FieldRole.LAST_NAME, FieldRole.NUMEN)
        self.transport.start_operation()
        with live_secrets.holding(typed, canonical_numen):
            page = self.transport.get_page(self.profile.url("identifiant_lookup"))
            form = self._form(page, roles, "identifiant lookup")
            answer = self._submit(
                form, {FieldRole.LAST_NAME: name, FieldRole.NUMEN: canonical_numen}, page.url
            )
            url = public_url(answer.url)
            reading = self._read(answer, form, (typed, canonical_numen))
            came_back = self._came_back(answer, roles)
            if not reading.alert and answer.status < 400:
                # With the form back for another search, only what the answer adds is read.
                identifiant = find_identifiant(
                    answer,
                    self.profile.pattern("identifiant_found"),
                    known=frozenset(folded for folded, _ in page.lines)
                    if came_back
                    else frozenset(),
                )
                if identifiant and self._lookup_took_back(answer, reading):
                    trouble = self._trouble(answer, reading, "lookup answer")
                    raise trouble or self._not_understood(
                        "lookup answer (an identifiant, and a failure said)", answer, reading
                    )
                if identifiant:
                    return IdentifiantFound(
                        identifiant=identifiant,
                        page_url=public_url(answer.url),
                        evidence=reading.evidence.because("identifiant next to its label"),
                    )
            if (came_back and reading.message) or self._says_nobody(answer, reading.message):
                trouble = self._trouble(answer, reading, "lookup answer")
                if trouble is not None:
                    raise trouble
                raise NotFoundError(
                    "nobody with this name and NUMEN",
                    url=url,
                    site_message=reading.message,
                    evidence=reading.evidence,
                )
        raise self._not_understood("lookup answer", answer, reading)

    def _lookup_took_back(self, answer: Page, reading: _Reading) -> bool:
        """Whether the answer also says the search failed (an error, nobody found, the
        service away, a search that could not be made): then what follows "Votre
        identifiant est" is a default, a template's leftover or someone else's."""
        words = reading.heard
        return bool(words) and any(
            self._said_now(key, answer, words)
            for key in ("site_error", "not_found", "lookup_failed", "login_locked")
        )

    # ------------------------------------------------------------------ login

    @_within_error_family
    def check_credentials(self, identifiant: str, password: str) -> LoginSucceeded:
        """Try the identifiant and password on the portal, once. Never retried: accounts lock.

        Outcomes (``outcomes.OUTCOMES["check_credentials"]``): accepted only on positive
        evidence (a session cookie set or the login page left behind, no alert, no form
        asking for more); refused (the login form back with a message, or HTTP 401/403);
        locked or limited (HTTP 423/429, or the site says so); accepted but something else
        required first; otherwise not understood. Raises ``EmptyFieldError`` on an empty
        field: nothing is ever sent empty.
        """
        identifiant = identifiant.strip()
        if not identifiant or not password:
            raise EmptyFieldError("identifiant and password are both needed")
        roles = (FieldRole.IDENTIFIANT, FieldRole.PASSWORD)
        self.transport.start_operation()
        with live_secrets.holding(password):
            page = self.transport.get_page(self.profile.url("portal"))
            form = self._form(page, roles, "login")
            answer = self._submit(
                form, {FieldRole.IDENTIFIANT: identifiant, FieldRole.PASSWORD: password}, page.url
            )
            reading = self._read(answer, form, (password,))
        return self._login_outcome(identifiant, page, answer, reading)

    def _login_outcome(
        self, identifiant: str, page: Page, answer: Page, reading: _Reading
    ) -> LoginSucceeded:
        url = public_url(answer.url)
        message = reading.message
        came_back = self._came_back(answer, (FieldRole.IDENTIFIANT, FieldRole.PASSWORD))
        signs_out = offers_sign_out(answer)
        if (
            not came_back
            and signs_out
            and answer.status != 423
            and not (
                reading.alert_text and self._says_lock(answer, reading.alert_text, anywhere=False)
            )
            and self._says_lock(answer, message, anywhere=True)
        ):
            # A session's way out, and a lock said only in passing ("votre compte était
            # bloqué ; il a été réactivé"): neither is sure. A lock in an alert wins.
            raise self._not_understood("login answer (a way out, and a lock said)", answer, reading)
        self._raise_if_locked(answer, reading, came_back=came_back)
        if answer.status == 429:
            raise RateLimitedError(
                "too many attempts (HTTP 429)",
                url=url,
                retry_after_seconds=self._retry_after_seconds(answer, message),
                site_message=message,
                evidence=reading.evidence,
            )
        if came_back and self._says("password_expired", answer, message):
            raise ActionRequiredError(
                "password expired",
                action=RequiredAction.CHANGE_EXPIRED_PASSWORD,
                url=url,
                site_message=message,
                evidence=reading.evidence.because("password_expired"),
            )
        if (
            came_back
            and message
            and any(
                self._says(key, answer, message)
                for key in ("site_error", "session_lost", "account_unusable")
            )
        ):
            raise self._not_understood(
                "login form back: the site's trouble, not a refusal", answer, reading
            )
        if came_back and (answer.status in (401, 403) or message):
            raise WrongCredentialsError(
                "identifiant or password refused",
                url=url,
                site_message=message,
                evidence=reading.evidence.because("login form back"),
                refusals=self._refused(identifiant),
            )
        if not came_back and reading.alert and self._refusal_said(answer, reading.alert_text):
            # A refusal in an alert wins over a way out: a portal's template may show
            # "Déconnexion" on every page; the alert is what the site says about this try.
            raise WrongCredentialsError(
                "identifiant or password refused",
                url=url,
                site_message=message,
                evidence=reading.evidence.because("the site says refused, in an alert"),
                refusals=self._refused(identifiant),
            )
        seems_in = signs_out or reading.positive
        if not came_back and seems_in and self._refusal_in_a_line(answer, page):
            # A way out (or a message styled a success) says "in", a line the answer adds
            # says "refused": neither is true for sure.
            raise self._not_understood(
                "login answer (a way out, and a refusal said)", answer, reading
            )
        if (
            not came_back
            and not seems_in
            and self._refusal_said(answer, reading.heard)
            and not any(
                self._says(key, answer, reading.heard)
                for key in ("site_error", "session_lost", "account_unusable")
            )
        ):
            # A page of refusal without the form: the site's words about the identifiant or
            # password on a page that is no session's.
            raise WrongCredentialsError(
                "identifiant or password refused",
                url=url,
                site_message=message,
                evidence=reading.evidence.because("the site says refused"),
                refusals=self._refused(identifiant),
            )
        if came_back or answer.status >= 400:
            raise self._not_understood("login answer", answer, reading)
        required = self._required_action(answer, reading, signs_out=signs_out)
        if required is not None:
            raise required
        if reading.alert or self._said_now("site_error", answer, message):
            raise self._not_understood("login answer (alert or error page)", answer, reading)
        if signs_out and self._said_in_a_sentence(
            "not_signed_in", fold(reading.headline), ("advice",)
        ):
            # A way out, and a heading or message saying the person is not in ("Accès
            # refusé", "Vous êtes maintenant déconnecté"): not a success.
            raise self._not_understood("login answer (a way out, and not in)", answer, reading)
        # A success shows a session (a cookie set, or the login page left by a redirect) on
        # the page of a person who is in: it offers a way out, or says so (styled a success,
        # "connecté", "bienvenue"), and offers no way in. A cookie and a redirect are also what
        # "session expired", error, maintenance and "choose first" pages do; a menu's history
        # of "connexions refusées" says nothing about now, its way out does.
        opened = bool(answer.cookies_set)
        left = self._left_the_page(answer, page.url)
        # A menu's links say where a person who is in may go ("Vos applications", "Mon
        # compte"): read with the message for that sign only (never for a refusal or error).
        menu = " ".join(sorted(control_labels(answer)))
        said_in = (
            (
                reading.positive
                or self._says("signed_in", answer, message)
                or bool(menu and self._says("signed_in", answer, menu))
            )
            and not self._says("not_signed_in", answer, message)
            and not offers_sign_in(answer)
        )
        if (opened or left) and (signs_out or said_in):
            self.refusals.pop(identifiant.lower(), None)
            return LoginSucceeded(
                identifiant=identifiant,
                page_url=public_url(answer.url),
                evidence=reading.evidence.because(
                    "a session, and a way out" if signs_out else "a session, and said in"
                ),
            )
        raise self._not_understood("login answer (no session shown)", answer, reading)

    # ------------------------------------------------------------------ password reset

    def _challenge_from(self, page: Page) -> CaptchaChallenge:
        form = self._form(page, (FieldRole.CAPTCHA,), "security code")
        image_url, refresh_url = find_captcha(page)
        if image_url is None:
            raise SiteNotUnderstoodError("no captcha image on the page", url=public_url(page.url))
        image = self.transport.get_image(image_url, page_url=page.url)
        header = checked_captcha_header(image.body, image.content_type, url=public_url(page.url))
        return CaptchaChallenge(
            image=image.body,
            content_type=image.content_type,
            image_format=header.format,
            page_url=page.url,
            form=form,
            refresh_url=refresh_url,
        )

    @_within_error_family
    def start_password_reset(self) -> CaptchaChallenge:
        """Open step 1/2 of the reset: returns the captcha for the person to read."""
        self.transport.start_operation()
        return self._challenge_from(self.transport.get_page(self.profile.url("password_reset")))

    @_within_error_family
    def new_captcha(self, challenge: CaptchaChallenge) -> CaptchaChallenge:
        """What the sheet's icon does: 'Cliquez sur l'icône si vous voulez un autre code'."""
        self.transport.start_operation()
        url = challenge.refresh_url or self.profile.url("password_reset")
        return self._challenge_from(self.transport.get_page(url, page_url=challenge.page_url))

    def _fresh_challenge(self) -> CaptchaChallenge | None:
        """Step 1/2 loaded anew (a new code and a new form token): never the used-up form
        an answer may show again."""
        try:
            return self._challenge_from(self.transport.get_page(self.profile.url("password_reset")))
        except SiteNotUnderstoodError:
            return None

    @_within_error_family
    def submit_captcha(self, challenge: CaptchaChallenge, code: str) -> ResetStepTwo:
        """Send the code the person read, once.

        Outcomes: step 2/2 reached (its form found); the code refused (the code form back
        with a message); the step expired (its code, form token or session: step 1/2 starts
        again); otherwise not understood. After a refusal the next code comes from step 1/2
        loaded anew, never from the answer (its form token may be used up).
        """
        code = code.strip()
        if not code:
            raise EmptyFieldError("the code is needed")
        self.transport.start_operation()
        with live_secrets.holding(code):
            answer = self._submit(challenge.form, {FieldRole.CAPTCHA: code}, challenge.page_url)
            reading = self._read(answer, challenge.form, (code,))
        step_two = find_form(
            answer, (FieldRole.IDENTIFIANT, FieldRole.NUMEN), self.profile.pinned_fields
        )
        if step_two is not None and not reading.alert:
            return ResetStepTwo(page_url=public_url(answer.url), form=step_two)
        message = reading.message
        stale = self._says("stale_form", answer, message)
        expired = stale or self._says("captcha_expired", answer, message)
        came_back = self._came_back(answer, (FieldRole.CAPTCHA,))
        if not expired and not self._says("captcha_wrong", answer, message):
            trouble = self._trouble(answer, reading, "answer to the security code")
            if trouble is not None:
                raise trouble
        if (came_back and message) or expired or self._says("captcha_wrong", answer, message):
            raise CaptchaError(
                "security code expired" if expired else "security code wrong",
                url=public_url(answer.url),
                expired=expired,
                challenge=self._fresh_challenge(),
                site_message=message,
                evidence=reading.evidence.because("stale form" if stale else "code form back"),
            )
        raise self._not_understood("answer to the security code", answer, reading)

    @_within_error_family
    def submit_reset(
        self, step: ResetStepTwo, identifiant: str, numen: rules.Numen | str
    ) -> ResetDone:
        """Step 2/2: identifiant + NUMEN, once.

        Outcomes: done, only when the site says so with no alert (with what the password is
        now when it says it: the NUMEN again, or sent by mail); refused (the step-2 form back
        with a message); the session expired (sent back to the code, or says so); otherwise
        not understood.
        """
        typed = numen.value if isinstance(numen, rules.Numen) else numen
        canonical_numen = _parsed(numen).value
        self.transport.start_operation()
        with live_secrets.holding(typed, canonical_numen):
            answer = self._submit(
                step.form,
                {FieldRole.IDENTIFIANT: identifiant.strip(), FieldRole.NUMEN: canonical_numen},
                step.page_url,
            )
            reading = self._read(answer, step.form, (typed, canonical_numen))
        url = public_url(answer.url)
        message = reading.message
        expired = self._says("captcha_expired", answer, message) or self._says(
            "stale_form", answer, message
        )
        if self._came_back(answer, (FieldRole.IDENTIFIANT, FieldRole.NUMEN)):
            if expired:
                raise CaptchaError(
                    "reset session expired",
                    url=url,
                    expired=True,
                    site_message=message,
                    evidence=reading.evidence,
                )
            trouble = self._trouble(answer, reading, "reset answer")
            if trouble is not None:
                raise trouble
            if message:
                raise NotFoundError(
                    "identifiant and NUMEN do not match",
                    url=url,
                    site_message=message,
                    evidence=reading.evidence,
                )
            raise self._not_understood("reset answer (form back, nothing said)", answer, reading)
        if self._came_back(answer, (FieldRole.CAPTCHA,)):
            raise CaptchaError(
                "reset session expired",
                url=url,
                expired=True,
                site_message=message,
                evidence=reading.evidence,
            )
        # Information boxes only (a consent banner, a help box): what the answer says is
        # also in its plain sentences, as a person reads them.
        said = message if reading.alert or reading.positive else reading.heard
        done = self._says_done("reset_done", answer, said, against=("site_error",))
        mailed = self._says_done("mail_sent_now", answer, said, against=("site_error",))
        if (done or mailed) and self._taken_back(
            reading, ("not_found", "login_failed", "site_error", "lookup_failed")
        ):
            raise self._not_understood("reset answer (done, and not done, said)", answer, reading)
        if (done or mailed) and not reading.alert and answer.status < 400:
            if mailed or self._says_anywhere("mail_sent", answer, message):
                new_password = NewPassword.SENT_BY_MAIL
            elif self._says_done("password_is_numen", answer, said):
                new_password = NewPassword.NUMEN
            else:
                new_password = NewPassword.NOT_SAID
            return ResetDone(
                page_url=public_url(answer.url),
                site_message=said,
                new_password=new_password,
                evidence=reading.evidence.because("reset_done said"),
            )
        if self._says_nobody(answer, message):
            trouble = self._trouble(answer, reading, "reset answer")
            if trouble is not None:
                raise trouble
            raise NotFoundError(
                "identifiant and NUMEN do not match",
                url=url,
                site_message=message,
                evidence=reading.evidence,
            )
        raise self._not_understood("reset answer", answer, reading)

    # ------------------------------------------------------------------ change password

    @_within_error_family
    def change_password(
        self, identifiant: str, old_password: str, new_password: str
    ) -> PasswordChanged:
        """Change the password on the académie page, once (never resent).

        Where the change form is offered only to a logged-in person (a Web-SSO's menu, with
        no identifiant field), the change page answers with a login form: the client logs in
        with the current password first (one attempt, counted like any other: its refusal is
        the current password refused), then fills the change form found there.

        Outcomes: changed, only when the site says so with no alert (the form gone, or the
        message styled as a success); the current password refused (counted like a login
        refusal); the new password refused (with the site's rule); locked; the login asked
        for first answered with something else to do first; otherwise not understood.
        """
        identifiant = identifiant.strip()
        if not identifiant or not old_password or not new_password:
            raise EmptyFieldError("identifiant, current and new password are all needed")
        self.transport.start_operation()
        with live_secrets.holding(old_password, new_password):
            page = self.transport.get_page(self.profile.url("password_change"))
            form = self._change_form(page)
            if form is None:
                page = self._log_in_for_the_change(page, identifiant, old_password)
                form = self._change_form(page)
            if form is None:
                raise SiteNotUnderstoodError(
                    "no password change form found on the page", url=public_url(page.url)
                )
            filled = {FieldRole.OLD_PASSWORD: old_password, FieldRole.NEW_PASSWORD: new_password}
            if FieldRole.IDENTIFIANT in form.field_names:
                filled[FieldRole.IDENTIFIANT] = identifiant
            if FieldRole.CONFIRM_PASSWORD in form.field_names:
                filled[FieldRole.CONFIRM_PASSWORD] = new_password
            answer = self._submit(form, filled, page.url)
            reading = self._read(answer, form, (old_password, new_password))
        return self._change_outcome(identifiant, answer, reading, tuple(filled))

    def _change_form(self, page: Page) -> ParsedForm | None:
        return find_form(
            page, (FieldRole.OLD_PASSWORD, FieldRole.NEW_PASSWORD), self.profile.pinned_fields
        )

    def _log_in_for_the_change(self, page: Page, identifiant: str, password: str) -> Page:
        """The change page asked us to log in: do it once with the current password, then
        return the page that holds the change form (where we landed, else the change page
        loaded again, now logged in). A refusal is the current password refused."""
        roles = (FieldRole.IDENTIFIANT, FieldRole.PASSWORD)
        login = self._form(page, roles, "password change (or login)")
        answer = self._submit(
            login, {FieldRole.IDENTIFIANT: identifiant, FieldRole.PASSWORD: password}, page.url
        )
        reading = self._read(answer, login, (password,))
        must_change = self._says("password_expired", answer, reading.message)
        if self._change_form(answer) is not None and (must_change or not reading.alert):
            return answer  # e.g. an expired password: the site shows the change form at once
        self._login_outcome(identifiant, page, answer, reading)  # raises unless logged in
        return self.transport.get_page(self.profile.url("password_change"), page_url=answer.url)

    def _change_outcome(
        self,
        identifiant: str,
        answer: Page,
        reading: _Reading,
        roles: tuple[FieldRole, ...],
    ) -> PasswordChanged:
        url = public_url(answer.url)
        message = reading.message
        came_back = self._came_back(answer, roles)
        self._raise_if_locked(answer, reading, came_back=came_back)
        said_changed = self._says_done(
            "password_changed", answer, message, against=("site_error", "password_rejected")
        )
        # A Web-SSO's menu keeps the form on screen: then the message must be styled a success.
        if said_changed and self._taken_back(
            reading,
            (
                "old_password_wrong",
                "login_failed",
                "password_rejected",
                "passwords_differ",
                "site_error",
            ),
        ):
            raise self._not_understood(
                "password change answer (changed, and refused, said)", answer, reading
            )
        if (
            said_changed
            and not reading.alert
            and answer.status < 400
            and (not came_back or reading.positive)
        ):
            return PasswordChanged(
                page_url=public_url(answer.url),
                site_message=message,
                evidence=reading.evidence.because("password_changed said, no alert"),
            )
        if came_back or reading.alert or answer.status >= 400:
            # The current password refused ("ancien mot de passe incorrect", or the login
            # words "identifiant ou mot de passe incorrect"), unless the site names a rule
            # of the new one.
            policy = self._says("password_rejected", answer, message)
            current = self._says("old_password_wrong", answer, message) or (
                self._says("login_failed", answer, message)
                and not policy
                and not self._says("passwords_differ", answer, message)
                and bool(_ABOUT_CREDENTIALS.search(fold(message)))
            )
            if message and current:
                raise WrongCredentialsError(
                    "current password refused",
                    url=url,
                    site_message=message,
                    evidence=reading.evidence.because("current password refused"),
                    refusals=self._refused(identifiant),
                )
            if message and policy:
                raise PasswordRejectedError(
                    "new password refused",
                    url=url,
                    site_message=message,
                    evidence=reading.evidence.because("rule of the new password"),
                )
        raise self._not_understood("password change answer", answer, reading)
