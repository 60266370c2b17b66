"""The small-cell rule (pure Python, no database): primary suppression of
1–4 people, complementary suppression so that no total gives a hidden cell
back."""

import ast
import inspect

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reports import suppression
from reports.suppression import TOTAL, suppressed_cells

T = TOTAL


def test_suppression_imports_nothing_from_django():
    tree = ast.parse(inspect.getsource(suppression))
    modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
        alias.name for n in ast.walk(tree) if isinstance(n, ast.Import) for alias in n.names
    }
    assert not any(m and m.startswith("django") for m in modules)


@pytest.mark.parametrize(
    ("people", "hidden"),
    [
        # Nothing small: nothing hidden; zeros are shown.
        ({("F", T): 12, ("M", T): 30, ("N", T): 0, (T, T): 42}, set()),
        # 3 women beside 30 men and no one else: the smallest other cell (the 0) goes too,
        # or 33 − 30 would give the women back.
        ({("F", T): 3, ("M", T): 30, ("N", T): 0, (T, T): 33}, {("F", T), ("N", T)}),
        # Two small cells protect each other.
        ({("F", T): 3, ("M", T): 30, ("N", T): 2, (T, T): 35}, {("F", T), ("N", T)}),
        # A small total is hidden too.
        ({("F", T): 1, ("M", T): 2, ("N", T): 0, (T, T): 3}, {("F", T), ("M", T), (T, T)}),
    ],
)
def test_one_dimension(people, hidden):
    assert suppressed_cells(people, ["F", "M", "N"]) == hidden


def test_two_dimensions_hide_along_rows_and_columns_until_no_hidden_cell_is_alone():
    people = {
        ("KZ", "F"): 6, ("KZ", "M"): 9, ("KZ", "N"): 0, ("KZ", T): 15,
        ("UZ", "F"): 2, ("UZ", "M"): 6, ("UZ", "N"): 2, ("UZ", T): 10,
        (T, "F"): 8, (T, "M"): 15, (T, "N"): 2, (T, T): 25,
    }  # fmt: skip
    hidden = suppressed_cells(people, ["KZ", "UZ"], ["F", "M", "N"])
    assert hidden == {("UZ", "F"), ("UZ", "N"), (T, "N"), ("KZ", "F"), ("KZ", "N"), (T, "F")}


def test_the_threshold_is_five_people():
    assert suppression.MIN_PEOPLE == 5
    assert suppressed_cells({("F", T): 5, ("M", T): 5, (T, T): 10}, ["F", "M"]) == set()
    assert suppressed_cells({("F", T): 4, ("M", T): 5, (T, T): 9}, ["F", "M"]) == {("F", T), ("M", T)}


@st.composite
def grids(draw):
    rows = [f"r{i}" for i in range(draw(st.integers(1, 5)))]
    columns = [f"c{j}" for j in range(draw(st.integers(0, 4)))]
    counts = st.integers(0, 12)
    people = {}
    for r in [*rows, T]:
        for c in [*columns, T] if columns else [T]:
            people[(r, c)] = draw(counts)
    return people, rows, columns


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(grids())
def test_no_small_cell_is_shown_and_no_hidden_cell_stands_alone_in_a_line(grid):
    people, rows, columns = grid
    hidden = suppressed_cells(people, rows, columns)
    assert all(cell in hidden for cell, n in people.items() if 0 < n < 5)
    if columns:
        lines = [[(r, c) for c in columns] for r in [*rows, T]] + [
            [(r, c) for r in rows] for c in [*columns, T]
        ]
    else:
        lines = [[(r, T) for r in rows]]
    for line in lines:
        if len(line) > 1:
            assert sum(cell in hidden for cell in line) != 1, line


def test_total_survives_pickling_as_the_same_marker():
    import pickle

    assert pickle.loads(pickle.dumps(TOTAL)) is TOTAL  # noqa: S301 - our own bytes
