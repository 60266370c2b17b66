"""The workspace's consignment table, built in Python: with 500 consignments
the template engine spent most of the page's time on it, then Django's
format_html_join its escaping."""

from django import template
from django.utils.formats import localize
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, pgettext

from scenarios.fields import fallback_notice

register = template.Library()

SELECTED_CLASS = mark_safe(' class="is-selected"')  # noqa: S308 - a constant


def _consignment_cells(c) -> tuple[str, str]:
    """The escaped container number, and the cells from goods to currency, of
    one consignment view. Kept on the view: a published case file's views are
    shared by every request of a worker in one language (scenario_selectors.
    scenario_consignments), so a table of 500 rows escapes and localises each
    consignment once."""
    cells = c.__dict__.get("_workspace_cells")
    if cells is None:
        cells = (
            escape(c.container_number),
            "".join(
                (
                    f"<td>{escape(c.goods_description)}</td><td>{escape(c.hs_code)}</td>",
                    f"<td>{escape(c.country_of_origin)}</td><td>{escape(c.port_of_loading)}</td>",
                    f"<td>{escape(c.consignee.name)}</td>",
                    f'<td class="num">{escape(localize(c.gross_weight_kg))}</td>',
                    f'<td class="num">{escape(localize(c.declared_value))} {escape(c.currency)}</td>',
                )
            ),
        )
        c.__dict__["_workspace_cells"] = cells  # a frozen dataclass keeps a plain __dict__
    return cells


@register.simple_tag
def workspace_rows(items, item_url_start: str) -> SafeString:
    """One <tr> per item: container (linked), goods, HS code, origin, port of
    loading, consignee, gross weight, value and whether it is selected."""
    # Not inside the f-string below: the message extractor does not look there.
    selected_cell = format_html("<td>✔ {}</td>", pgettext("consignment in the workspace table", "selected"))
    start = escape(item_url_start)
    rows = []
    for item in items:
        container, cells = _consignment_cells(item.consignment)
        rows.append(
            f'<tr{SELECTED_CLASS if item.selected else ""}><td><a href="{start}{escape(item.ref)}/">'
            f"{container}</a></td>{cells}{selected_cell if item.selected else '<td></td>'}</tr>"
        )
    return mark_safe("\n".join(rows))  # noqa: S308 - every value above is escaped


@register.simple_tag
def scenario_text_notice() -> SafeString:
    """The notice for readers whose language scenario texts fall back from
    (Kazakh, Tajik, Azerbaijani: Russian is shown), else nothing."""
    notice = fallback_notice()
    if not notice:
        return mark_safe("")  # noqa: S308 - empty
    return format_html('<p class="notice language-fallback" lang="{}">{}</p>', get_language(), notice)
