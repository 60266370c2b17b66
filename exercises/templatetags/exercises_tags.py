"""The workspace's consignment table, built in Python: with 500 consignments
the template engine spent most of the page's time on it."""

from django import template
from django.utils.formats import localize
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

register = template.Library()

SELECTED_CLASS = mark_safe(' class="is-selected"')  # noqa: S308 - a constant


@register.simple_tag
def workspace_rows(items, item_url_start: str) -> SafeString:
    """One <tr> per item: container (linked), goods, HS code, origin, port of
    loading, consignee, gross weight, value and whether it is selected."""
    selected_label = format_html("✔ {}", _("selected"))

    def row(item):
        c = item.consignment
        return (
            SELECTED_CLASS if item.selected else "",
            item_url_start,
            item.ref,
            c.container_number,
            c.goods_description,
            c.hs_code,
            c.country_of_origin,
            c.port_of_loading,
            c.consignee.name,
            localize(c.gross_weight_kg),
            localize(c.declared_value),
            c.currency,
            selected_label if item.selected else "",
        )

    return format_html_join(
        "\n",
        '<tr{}><td><a href="{}{}/">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>'
        '<td class="num">{}</td><td class="num">{} {}</td><td>{}</td></tr>',
        (row(item) for item in items),
    )
