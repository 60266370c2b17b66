"""Admin widgets and listing columns whose texts follow each reader's language.

Wagtail's snippet chooser formats "Choose %(object)s" (and "Choose another",
"Edit this") when the widget is built, and a widget is built once per process
for a form class or a block: whoever opened the form first fixed its words for
every later user ("Choose scenario" for a Russian editor, "H5P ýumşy saýlamak"
for an English one). Its chooser window takes the title "Choose" evaluated when
Wagtail is imported, in English for everyone. These keep them lazy, translated
when shown.
"""

from django.utils.formats import date_format
from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import gettext
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.widgets import AdminSnippetChooser

# Wagtail's own messages, so its catalogues (and ours in locale_vendor/) apply.
CHOOSER_TEXTS = {
    "choose_one_text": "Choose %(object)s",
    "choose_another_text": "Choose another %(object)s",
    "link_to_chosen_text": "Edit this %(object)s",
}


# Wagtail's own messages, translated by its catalogues (and ours in
# locale_vendor/) when shown; not marked for our extractor, which would
# copy them into locale/.
wagtail_text = lazy(gettext, str)


def object_text(message: str, model):
    """`gettext(message) % {"object": model's verbose name}`, evaluated each
    time it is shown, in the language active then."""

    def text() -> str:
        return gettext(message) % {"object": model._meta.verbose_name}

    return lazy(text, str)()


class TranslatedSnippetChooser(AdminSnippetChooser):
    def __init__(self, model=None, **kwargs):
        super().__init__(model, **kwargs)
        for attribute, message in CHOOSER_TEXTS.items():
            if attribute not in kwargs:
                setattr(self, attribute, object_text(message, self.model))

    def get_instance(self, value):
        """A posted value that is no id at all ("abc", "²": a forged request)
        shows as no choice, as an id that matches nothing does: Wagtail's
        lookup raises ValueError on it (a 500) when the form comes back with
        its error."""
        try:
            return super().get_instance(value)
        except (TypeError, ValueError):
            return None


class TranslatedSnippetChooserViewSet(SnippetChooserViewSet):
    """For a SnippetViewSet's `chooser_viewset_class`: the model's chooser in
    every admin form (a foreign key to it) uses TranslatedSnippetChooser,
    and the chooser window's title ("Choose", which ChooserViewSet formats
    when the module is imported) is translated when the window opens."""

    base_widget_class = TranslatedSnippetChooser
    choose_one_text = wagtail_text("Choose")
    choose_another_text = wagtail_text("Choose another")
    edit_item_text = wagtail_text("Edit")


class YesNoColumn(Column):
    """A listing column for a yes/no field: "Yes", "No" (or "—" when not set
    yet) in the reader's language, where a bare field would print True,
    False or None. Its label is the field's verbose name."""

    def __init__(self, name, model, **kwargs):
        kwargs.setdefault("label", capfirst(model._meta.get_field(name).verbose_name))
        kwargs.setdefault("sort_key", name)
        super().__init__(name, **kwargs)

    def get_value(self, instance):
        value = super().get_value(instance)
        if value is None:
            return "—"
        return gettext("Yes") if value else gettext("No")


class CalendarDateColumn(Column):
    """A listing column for a calendar date (a DateField): the date itself in
    the reader's format ("6 December 2026"). Wagtail's DateColumn shows how
    long ago a moment was, which reads "Just now" for any day still to come."""

    def __init__(self, name, **kwargs):
        kwargs.setdefault("sort_key", name)
        super().__init__(name, **kwargs)

    def get_value(self, instance):
        value = super().get_value(instance)
        return date_format(value, "DATE_FORMAT") if value else "—"
