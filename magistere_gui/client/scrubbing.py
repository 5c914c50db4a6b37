"""Keeping secrets out of logs and error texts, whoever writes them.

Why more than "we never log secrets": third-party libraries do log. urllib3
writes request URLs with their query at DEBUG, and a hostile page can echo a
password into a redirect URL. So every log record and every error text goes
through one scrubber that knows the secrets of the operations running right
now (registered by the client while it holds them), plus anything shaped like
a NUMEN, plus every URL query.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from urllib.parse import quote, quote_plus

MASK = "•••"
_NUMEN_SHAPE = re.compile(r"(?<![0-9A-Za-z])\d{2}[A-Za-z]\d{7}[A-Za-z]{3}(?![0-9A-Za-z])")
# A query in a URL-like token: from "?" up to the next space or quote.
_URL_QUERY = re.compile(r"\?[^\s'\"<>]+")
_MIN_SECRET_CHARS = 3  # shorter values would mask ordinary words


class LiveSecrets:
    """The secrets of the operations running now (thread-safe; counted, for nested holds)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()
        self._pattern: re.Pattern[str] | None = None

    @contextmanager
    def holding(self, *secrets: str) -> Iterator[None]:
        variants = {
            form
            for secret in secrets
            if secret and len(secret) >= _MIN_SECRET_CHARS
            for form in (secret, quote_plus(secret), quote(secret, safe=""))
        }
        with self._lock:
            self._counts.update(variants)
            self._pattern = None
        try:
            yield
        finally:
            with self._lock:
                self._counts.subtract(variants)
                self._counts = +self._counts  # drop the ones no longer held
                self._pattern = None

    def _current_pattern(self) -> re.Pattern[str] | None:
        with self._lock:
            if self._pattern is None and self._counts:
                longest_first = sorted(self._counts, key=len, reverse=True)
                self._pattern = re.compile(
                    "|".join(re.escape(secret) for secret in longest_first), re.IGNORECASE
                )
            return self._pattern

    def found_in(self, text: str) -> bool:
        """Whether a held secret (in any of its URL spellings) appears in ``text``: an address
        the client would request on its own (a refresh, a frame, a hand-off) must hold none."""
        pattern = self._current_pattern()
        return pattern is not None and pattern.search(text) is not None

    def scrub(self, text: str) -> str:
        """The text with every held secret, NUMEN-shaped string and URL query masked."""
        pattern = self._current_pattern()
        if pattern is not None:
            text = pattern.sub(MASK, text)
        text = _NUMEN_SHAPE.sub("[NUMEN]", text)
        return _URL_QUERY.sub("?" + MASK, text)


live_secrets = LiveSecrets()


_WHOLE_WORD_BELOW = 4


def mask_secrets(text: str, secrets: Iterable[str], *, min_chars: int = 1) -> str:
    """``text`` with each of ``secrets`` masked: the values a page may echo back, as typed or
    in any disguise (spaced, another case, entities, escapes, base64: see :mod:`disguises`)."""
    from magistere_gui.client.disguises import mask_in_text

    kept = [secret for secret in secrets if secret and len(secret) >= min_chars]
    # A very short secret (a one-letter try) is masked only where it stands alone: inside
    # words it would mangle the site's sentence ("Identifiant o••• mot de passe") and hide
    # nothing, since every word holds such letters.
    short = [secret for secret in kept if len(secret) < _WHOLE_WORD_BELOW]
    long = [secret for secret in kept if len(secret) >= _WHOLE_WORD_BELOW]
    for secret in short:
        text = re.sub(rf"(?<!\w){re.escape(secret)}(?!\w)", MASK, text, flags=re.IGNORECASE)
    for secret in long:
        text = re.sub(re.escape(secret), MASK, text, flags=re.IGNORECASE)
    return mask_in_text(text, long, MASK) if long else text


class LogScrubber(logging.Filter):
    """Rewrites a record's message (and traceback) through :data:`live_secrets`."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        scrubbed = live_secrets.scrub(message)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        if record.exc_info and not record.exc_text:
            record.exc_text = live_secrets.scrub(
                logging.Formatter().formatException(record.exc_info)
            )
        elif record.exc_text:
            record.exc_text = live_secrets.scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = live_secrets.scrub(record.stack_info)
        return True


# Loggers that may write URLs or page text. A filter on a logger does not apply to
# its children, so each module's logger is named.
_SCRUBBED_LOGGERS = (
    "urllib3",
    "urllib3.connection",
    "urllib3.connectionpool",
    "urllib3.poolmanager",
    "urllib3.response",
    "urllib3.util.retry",
    "requests",
    "magistere_gui.client.academie",
    "magistere_gui.client.transport",
    "magistere_gui.client.navigation",
    "magistere_gui.gui.worker",
)
_installed = False


def install_log_scrubbing() -> None:
    """Put the scrubber on every logger that might see a URL, whatever handlers the program has."""
    global _installed
    if _installed:
        return
    _installed = True
    scrubber = LogScrubber()
    for name in _SCRUBBED_LOGGERS:
        logging.getLogger(name).addFilter(scrubber)
