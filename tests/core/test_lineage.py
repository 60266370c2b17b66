"""A page's lineage (core.models.lineage_paths): the tree paths of the page and
its ancestors, which view restrictions and enrolment checks read."""

import pytest
from wagtail.models import Page

from core.models import lineage_paths


@pytest.mark.parametrize(
    ("path", "lineage"),
    [
        ("0001", ["0001"]),
        ("000100020003", ["0001", "00010002", "000100020003"]),
        ("", []),
    ],
)
def test_a_lineage_is_the_page_and_its_ancestors_root_first(path, lineage):
    assert lineage_paths(path) == lineage


@pytest.mark.django_db
def test_a_lineage_names_the_pages_wagtail_calls_the_ancestors():
    root = Page.get_first_root_node()
    parent = root.add_child(instance=Page(title="Parent", slug="parent"))
    child = parent.add_child(instance=Page(title="Child", slug="child"))
    assert lineage_paths(child.path) == [page.path for page in child.get_ancestors(inclusive=True)]
