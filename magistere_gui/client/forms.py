"""Finding the form of a step the way a person does, and what a browser would send back.

Forms and fields are found by the text that names them, read by the structure a
browser gives it (its accessible name: ``aria-labelledby``, ``aria-label``, a label
``for`` it or around it; then a fieldset's legend, the ``dt`` before its ``dd``, the
cell before it or its column's header, a placeholder, a title, the text just before
it), then by their name or id, so that a page whose field names change still works.
What the words mean is data (``vocabulary.py``). Every other control of the form
(hidden tokens, the submit button) is carried back as a browser sends it.
"""

from __future__ import annotations

import functools
import itertools
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from magistere_gui.client.boundary import joined
from magistere_gui.client.charsets import output_encoding
from magistere_gui.client.fields import FieldRole
from magistere_gui.client.page import Page, clean_site_text, fold
from magistere_gui.client.vocabulary import LABEL_PATTERNS, NAME_PATTERNS

_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "td",
        "th",
        "tr",
        "li",
        "br",
        "label",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "fieldset",
        "legend",
        "dt",
        "dd",
    }
)
#: Fields a person types into (and that a form may ask for).
_TEXT_INPUT_TYPES = frozenset({"text", "password", "email", "search", "tel", "number", "url", ""})
_MAX_LABEL_CHARS = 120
_MAX_QUESTIONS = 8
#: A step's form has a few fields: only its first ones are read (a page of thousands of
#: fields, or a header row of thousands of cells, must not make reading outlive a deadline).
_MAX_FORM_FIELDS = 100
_MAX_TABLE_COLUMNS = 50
#: Controls of a form whose preceding text is read (hidden ones and buttons included).
_MAX_FORM_CONTROLS = 4 * _MAX_FORM_FIELDS


@functools.lru_cache(maxsize=4096)
def role_from_label(label: str) -> FieldRole | None:
    folded = fold(label)
    return next((role for role, pattern in LABEL_PATTERNS if pattern.search(folded)), None)


@functools.lru_cache(maxsize=4096)
def role_from_name(name: str) -> FieldRole | None:
    folded = fold(name)
    return next((role for role, pattern in NAME_PATTERNS if pattern.search(folded)), None)


@dataclass(frozen=True)
class ParsedForm:
    """A form found on a page: where to send it and which field plays which role."""

    action: str
    method: str
    charset: str
    carried_values: tuple[tuple[str, str], ...]
    field_names: Mapping[FieldRole, str]
    #: The page the form is on (its text is read only when an answer must be compared to it).
    page: Page | None = field(default=None, repr=False, compare=False)
    #: The visible, empty fields a person would type into: (name, label), in order.
    questions: tuple[tuple[str, str], ...] = ()

    @property
    def page_pieces(self) -> frozenset[str]:
        """The folded text of the page the form is on: an answer's new sentences are the rest."""
        return self.page.folded_pieces if self.page is not None else frozenset()

    def values_with(self, filled: Mapping[FieldRole, str]) -> list[tuple[str, str]]:
        """The form's own values, with the fields of ``filled`` set (in the form's order)."""
        names_to_fill = {self.field_names[role]: value for role, value in filled.items()}
        values = [(name, names_to_fill.pop(name, value)) for name, value in self.carried_values]
        values.extend(names_to_fill.items())
        return values

    def unanswered(self, filled: Mapping[FieldRole, str]) -> list[str]:
        """The labels of what the form asks that ``filled`` does not answer: such a form is
        never sent (a field the profile does not know is never sent empty)."""
        answered = {self.field_names[role] for role in filled if role in self.field_names}
        return [label for name, label in self.questions if name not in answered]


def _preceding_texts(form: lxml.html.FormElement) -> dict[lxml.html.HtmlElement, str]:
    """For each input, the last piece of text read before it (a table cell, a paragraph).

    Only the closest block counts, so an introduction mentioning "identifiant"
    does not make the next "Nom" field look like an identifiant field. Pieces are
    joined only when a field needs them: linear in the size of the form.
    """
    texts: dict[lxml.html.HtmlElement, str] = {}
    segments: list[list[str]] = [[]]
    for event, element in etree.iterwalk(form, events=("start", "end")):
        is_tag = isinstance(element.tag, str)
        if event == "start" and is_tag:
            if element.tag in ("input", "select", "textarea"):
                if len(texts) >= _MAX_FORM_CONTROLS:
                    break  # the fields read are among the first ones
                closest = next(
                    (text for pieces in reversed(segments) if (text := "".join(pieces)).strip()),
                    "",
                )
                texts[element] = " ".join(closest[-4 * _MAX_LABEL_CHARS :].split())[
                    -_MAX_LABEL_CHARS:
                ]
                segments = [[]]
            elif element.tag in _BLOCK_TAGS:
                segments.append([])
            if element.text and element.tag not in ("script", "style", "option"):
                segments[-1].append(element.text)
        elif event == "end" and element.tail:
            if is_tag and element.tag in _BLOCK_TAGS:
                segments.append([])
            segments[-1].append(element.tail)
    return texts


def _text(element: lxml.html.HtmlElement | None) -> str:
    if element is None:
        return ""
    return " ".join(str(element.text_content())[: 4 * _MAX_LABEL_CHARS].split())[:_MAX_LABEL_CHARS]


def _alone_in(container: lxml.html.HtmlElement, *, without_text: bool) -> bool:
    """Whether a field is the only one a person types into in ``container`` (and, when asked,
    the container says nothing itself: a cell "Numen : [ ]" names its own field)."""
    if without_text and _text(container):
        return False
    return sum(1 for _ in zip(_typed_fields(container), range(2), strict=False)) == 1


def _structural_label(element: lxml.html.HtmlElement) -> str:
    """The text the page's structure puts next to a field without a label of its own: the
    legend of a fieldset it alone fills, the ``dt`` before its ``dd``, the cell before its
    cell (or its column's header)."""
    for ancestor in element.iterancestors("fieldset", "dd", "td"):
        if ancestor.tag == "fieldset":
            legend = next(ancestor.iterchildren("legend"), None)
            if legend is not None and _alone_in(ancestor, without_text=False):
                return _text(legend)
        elif ancestor.tag == "dd":
            term = ancestor.getprevious()
            while term is not None and term.tag != "dt":
                term = term.getprevious()
            if _alone_in(ancestor, without_text=True):
                return _text(term)
        elif ancestor.tag == "td" and _alone_in(ancestor, without_text=True):
            before = ancestor.getprevious()
            if before is not None and _text(before):
                return _text(before)
            return _column_header(ancestor)
        break
    return ""


def _column_header(cell: lxml.html.HtmlElement) -> str:
    """The header (``th``) above a cell, in the table's first row."""
    row = cell.getparent()
    table = next(cell.iterancestors("table"), None)
    if row is None or table is None:
        return ""
    cells = list(itertools.islice(row.iterchildren("td", "th"), _MAX_TABLE_COLUMNS))
    if cell not in cells:
        return ""
    column = cells.index(cell)
    first_row = next(table.iter("tr"), None)
    if first_row is None or first_row is row:
        return ""
    headers = list(itertools.islice(first_row.iterchildren("td", "th"), column + 1))
    return _text(headers[column]) if column < len(headers) and headers[column].tag == "th" else ""


def _label_of(element: lxml.html.HtmlElement, page: Page, preceding: str) -> str:
    """A field's name as a person (or a screen reader) reads it; see the module's text."""
    referenced = [
        _text(page.elements_by_id.get(reference))
        for reference in (element.get("aria-labelledby") or "").split()[:4]
    ]
    if any(referenced):
        return " ".join(referenced)[:_MAX_LABEL_CHARS]
    if element.get("aria-label", "").strip():
        return element.get("aria-label", "")[:_MAX_LABEL_CHARS]
    element_id = element.get("id")
    if element_id and element_id in page.explicit_labels:
        return _text(page.explicit_labels[element_id])
    for ancestor in element.iterancestors("label"):
        return _text(ancestor)
    structural = _structural_label(element)
    if structural:
        return structural
    for attribute in ("placeholder", "title"):
        if element.get(attribute, "").strip():
            return element.get(attribute, "")[:_MAX_LABEL_CHARS]
    return preceding


def _typed_fields(container: lxml.html.HtmlElement) -> Iterable[lxml.html.HtmlElement]:
    """The fields a person types into, in order (named or not)."""
    for element in container.iter("input", "textarea"):
        if element.tag == "textarea" or (element.get("type") or "").lower() in _TEXT_INPUT_TYPES:
            yield element


def _text_fields(form: lxml.html.FormElement) -> Iterable[lxml.html.HtmlElement]:
    """The named fields a person can type into: not those the form itself hides (a honeypot
    for robots, or Keycloak's username and password kept out of sight for password managers
    on its "update password" form). A form hidden whole (a login dialog a script opens) is
    read as it is."""
    for element in form.iter("input"):
        if (
            (element.get("type") or "").lower() in _TEXT_INPUT_TYPES
            and element.get("name")
            and not _hidden_from_view(element, within=form)
        ):
            yield element


def _field_roles(
    form: lxml.html.FormElement,
    pinned_names: Mapping[FieldRole, str],
    page: Page,
    how: dict[FieldRole, str] | None = None,
) -> dict[FieldRole, str]:
    """Which field name plays which role, judged on labels first, then on names.

    ``how``, when given, receives for each role how it was recognised (for the site check).
    """
    fields = list(itertools.islice(_text_fields(form), _MAX_FORM_FIELDS))
    preceding = _preceding_texts(form) if fields else {}
    names = {element.get("name", "") for element in fields}
    roles: dict[FieldRole, str] = {
        role: name for role, name in pinned_names.items() if name in names
    }
    reasons = dict.fromkeys(roles, "pinned")
    for element in fields:
        name = element.get("name", "")
        if name in roles.values():
            continue
        label = _label_of(element, page, preceding.get(element, ""))
        by_label = role_from_label(label)
        role = by_label or role_from_name(name) or role_from_name(element.get("id", ""))
        if role is not None and role not in roles:
            roles[role] = name
            reasons[role] = f"label:{' '.join(label.split())}" if by_label else "name"
    if how is not None:
        how.update(reasons)
    return roles


_HIDING_STYLE = ("display:none", "visibility:hidden")


def _hidden_from_view(
    element: lxml.html.HtmlElement, *, within: lxml.html.HtmlElement | None = None
) -> bool:
    """Whether a browser shows nobody this field (``hidden``, ``aria-hidden``, an inline
    style that hides it or one of its parents, up to ``within`` when given): a trap for
    robots, left empty by people."""
    for node in (element, *element.iterancestors()):
        if node is within:
            return False
        style = (node.get("style") or "").replace(" ", "").lower()
        if (
            "hidden" in node.attrib
            or (node.get("aria-hidden") or "").lower() == "true"
            or any(hiding in style for hiding in _HIDING_STYLE)
        ):
            return True
    return False


def _questions(form: lxml.html.FormElement, page: Page) -> tuple[tuple[str, str], ...]:
    """The visible, empty, named fields a person would be asked to fill (name, label)."""
    preceding: dict[lxml.html.HtmlElement, str] | None = None
    asked: list[tuple[str, str]] = []
    for element in itertools.islice(_typed_fields(form), _MAX_FORM_FIELDS):
        name = element.get("name") or ""
        kind = (element.get("type") or "text").lower()
        filled = element.text if element.tag == "textarea" else element.get("value")
        if not name or kind == "search" or (filled or "").strip():
            continue
        if "readonly" in element.attrib or "disabled" in element.attrib:
            continue
        if _hidden_from_view(element):
            continue
        if preceding is None:
            preceding = _preceding_texts(form)
        label = clean_site_text(_label_of(element, page, preceding.get(element, "")), 80)
        asked.append((name, label or name[:80]))
        if len(asked) >= _MAX_QUESTIONS:
            break
    return tuple(asked)


@dataclass(frozen=True)
class FormReading:
    """How a page's best form was read: for the help desk's site check."""

    method: str
    action: str
    fields: Mapping[FieldRole, tuple[str, str]]  # role -> (field name, how it was recognised)


def _action(page: Page, form: lxml.html.FormElement) -> str:
    return joined(page.url, (form.get("action") or "").strip() or page.url)


def read_form(
    page: Page, roles: Iterable[FieldRole], pinned_names: Mapping[FieldRole, str] | None = None
) -> FormReading | None:
    """The form of the page that plays the most of ``roles``, with how each field was found."""
    wanted = set(roles)
    best: FormReading | None = None
    for form in page.document().xpath("//form"):
        how: dict[FieldRole, str] = {}
        names = _field_roles(form, pinned_names or {}, page, how)
        fields = {role: (names[role], how[role]) for role in names if role in wanted}
        if best is None or len(fields) > len(best.fields):
            best = FormReading(
                method=(form.get("method") or "get").strip().upper(),
                action=_action(page, form),
                fields=fields,
            )
    return best


_SUBMIT_TYPES = frozenset({"submit", "image"})


def carried_values(form: lxml.html.FormElement) -> list[tuple[str, str]]:
    """What a browser sends when the first submit button is pressed, in document order.

    lxml's ``form_values()`` gives the values (ticked boxes, chosen options, text areas,
    fields with a value); a browser also sends named fields that have no value attribute
    (empty: some legacy pages check that a field exists) and the button pressed, and does
    not send ``type="button"`` inputs. Files are never sent.
    """
    from_lxml = deque(form.form_values())
    values: list[tuple[str, str]] = []
    pressed = False
    for element in form.iter("input", "select", "textarea", "button"):
        name = element.get("name") or ""
        if "disabled" in element.attrib:
            continue
        kind = (element.get("type") or ("submit" if element.tag == "button" else "text")).lower()
        if kind in _SUBMIT_TYPES:
            if not pressed and name:
                values.append((name, element.get("value", "")))
            pressed = True
            continue
        if element.tag == "button" or not name:
            continue
        taken = False
        while from_lxml and from_lxml[0][0] == name:
            pair = from_lxml.popleft()
            if kind != "button":
                values.append(pair)
            taken = True
        if (
            not taken
            and element.tag == "input"
            and kind not in ("checkbox", "radio", "reset", "file", "button")
            and element.get("value") is None
        ):
            values.append((name, ""))
    return values


def find_form(
    page: Page,
    required_roles: Iterable[FieldRole],
    pinned_names: Mapping[FieldRole, str] | None = None,
) -> ParsedForm | None:
    """The first form of the page that has a field for every required role, or None."""
    required = set(required_roles)
    document = page.document()
    # Only forms with enough named fields to play every role (counted by libxml2, not by us:
    # a page may hold thousands of decoy forms).
    candidates = document.xpath("//form[count(.//input[@name]) >= $needed]", needed=len(required))
    for form in candidates:
        roles = _field_roles(form, pinned_names or {}, page)
        if not required <= roles.keys():
            continue
        return ParsedForm(
            action=_action(page, form),
            method=(form.get("method") or "get").strip().upper(),
            charset=output_encoding(form.get("accept-charset") or "", page.charset),
            carried_values=tuple(carried_values(form)),
            field_names={role: roles[role] for role in roles},
            page=page,
            questions=_questions(form, page),
        )
    return None
