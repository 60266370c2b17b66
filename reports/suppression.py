"""Small-cell suppression for tables that show sex (pure Python, no Django).

A table is a grid of cells keyed (row value, column value) with margins:
TOTAL stands for "all values" on that axis, so (row, TOTAL) is a row's total,
(TOTAL, column) a column's total and (TOTAL, TOTAL) the grand total. A table
with one dimension has no columns: its cells are (row, TOTAL).

Every cell carries the number of distinct people behind any of its figures.
The rule (docs/reports.md):

1. Primary: every cell, margins included, with 1 to MIN_PEOPLE − 1 people is
   suppressed (a cell with no one is shown: 0 reveals no one).
2. Complementary: a total minus the other cells of its line would give a
   suppressed cell back. So along every line (each row across the columns,
   each column down the rows, the total row and total column included; a line's
   total may be known from elsewhere, so it never protects the line) no
   suppressed cell may be alone: when exactly one is, the line's smallest
   shown cell (zeros included, then the first in order) is suppressed too.
   This repeats until every line has none or at least two.

Whatever a table shows, no figure of fewer than MIN_PEOPLE people can be
read or worked out from it and the totals printed beside it.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

MIN_PEOPLE = 5


class _Total:
    """The margin on an axis (a singleton, sorted after every value)."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "TOTAL"

    def __reduce__(self):
        # Kept with the dashboard's figures in the cache: still the one TOTAL when read back.
        return (_Total, ())


TOTAL = _Total()


def suppressed_cells(
    people: dict[tuple[Hashable, Hashable], int],
    rows: Sequence[Hashable],
    columns: Sequence[Hashable] = (),
    *,
    min_people: int = MIN_PEOPLE,
) -> set[tuple[Hashable, Hashable]]:
    """The cells of the grid to hide. `people` maps (row, column) to its number
    of people, margins (TOTAL) included; absent cells count as 0. `rows` and
    `columns` are the values in display order (without TOTAL); no columns for
    a table with one dimension."""
    hidden = {cell for cell, n in people.items() if 0 < n < min_people}
    lines: list[list[tuple[Hashable, Hashable]]] = []
    if columns:
        lines += [[(r, c) for c in columns] for r in [*rows, TOTAL]]
        lines += [[(r, c) for r in rows] for c in [*columns, TOTAL]]
    else:
        lines.append([(r, TOTAL) for r in rows])
    changed = True
    while changed:
        changed = False
        for line in lines:
            if len(line) < 2:
                continue
            if sum(1 for cell in line if cell in hidden) != 1:
                continue
            shown = [cell for cell in line if cell not in hidden]
            pick = min(shown, key=lambda cell: (people.get(cell, 0), line.index(cell)))
            hidden.add(pick)
            changed = True
    return hidden
