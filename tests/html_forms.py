"""Forms posted exactly as the page renders them.

`page_form(html, step="alert")` finds a rendered <form> and `form.data(...)`
builds what a browser would send from it: hidden and typed values, ticked
boxes, the selected option. Filling a field the form does not render, or a
choice it does not offer, fails the test instead of posting it.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Control:
    tag: str
    name: str
    type: str = ""
    value: str = ""
    checked: bool = False
    options: list[tuple[str, bool]] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # a select's options: value -> text shown


@dataclass
class RenderedForm:
    attrs: dict
    controls: list[Control] = field(default_factory=list)

    def names(self) -> set[str]:
        return {c.name for c in self.controls}

    def value(self, name: str) -> str:
        return next(c.value for c in self.controls if c.name == name)

    def control(self, name: str) -> Control:
        return next(c for c in self.controls if c.name == name)

    def data(self, **fill) -> dict[str, list[str]]:
        """What the browser sends after the user fills `fill` (a value, or a
        list of values for checkboxes and multiple selects)."""
        unknown = set(fill) - self.names()
        assert not unknown, (
            f"the page renders no field {sorted(unknown)} in this form: {sorted(self.names())}"
        )
        sent: dict[str, list[str]] = {}
        for c in self.controls:
            wanted = fill.get(c.name)
            wanted = None if wanted is None else ([wanted] if isinstance(wanted, str) else list(wanted))
            if c.tag == "select":
                offered = [v for v, _selected in c.options]
                if wanted is None:
                    chosen = [v for v, s in c.options if s] or offered[:1]
                else:
                    assert set(wanted) <= set(offered), f"{c.name} offers {offered}, not {wanted}"
                    chosen = wanted
                sent.setdefault(c.name, []).extend(chosen)
            elif c.type in {"checkbox", "radio"}:
                on = c.checked if wanted is None else c.value in wanted
                if on:
                    sent.setdefault(c.name, []).append(c.value or "on")
            elif c.type in {"submit", "button", "reset", "file"}:
                continue
            else:
                if wanted is not None:
                    assert len(wanted) == 1, f"{c.name} takes one value"
                    sent.setdefault(c.name, []).append(wanted[0])
                else:
                    sent.setdefault(c.name, []).append(c.value)
        for name, values in fill.items():
            values = [values] if isinstance(values, str) else list(values)
            boxes = {c.value for c in self.controls if c.name == name and c.type in {"checkbox", "radio"}}
            if boxes:
                assert set(values) <= boxes, f"{name} offers {sorted(boxes)}, not {values}"
        return sent


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[RenderedForm] = []
        self._form: RenderedForm | None = None
        self._control: Control | None = None
        self._option: list | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "form":
            self._form = RenderedForm(attrs=a)
            self.forms.append(self._form)
        if tag == "option" and self._control is not None:
            self._option = [a.get("value"), "selected" in a, ""]
            return
        if self._form is None or "name" not in a:
            return
        if tag == "input":
            self._form.controls.append(
                Control("input", a["name"], a.get("type", "text").lower(), a.get("value", ""), "checked" in a)
            )
        elif tag in {"select", "textarea"}:
            self._control = Control(tag, a["name"])
            self._form.controls.append(self._control)

    def handle_data(self, data):
        if self._option is not None:
            self._option[2] += data
        elif self._control is not None and self._control.tag == "textarea":
            self._control.value += data

    def handle_endtag(self, tag):
        if tag == "option" and self._option is not None and self._control is not None:
            value, selected, text = self._option
            value = text.strip() if value is None else value
            self._control.options.append((value, selected))
            self._control.labels[value] = " ".join(text.split())
            self._option = None
        elif tag in {"select", "textarea"}:
            if self._control is not None and self._control.tag == "textarea":
                self._control.value = self._control.value.removeprefix("\n")
            self._control = None
        elif tag == "form":
            self._form = None


def rendered_forms(html: str) -> list[RenderedForm]:
    parser = _Parser()
    parser.feed(html)
    return parser.forms


def page_form(html: str, **hidden) -> RenderedForm:
    """The one form on the page whose inputs carry these values (e.g. action="alert")."""
    found = [
        f
        for f in rendered_forms(html)
        if all(any(c.name == k and c.value == v for c in f.controls) for k, v in hidden.items())
    ]
    assert len(found) == 1, f"{len(found)} forms match {hidden}"
    return found[0]
