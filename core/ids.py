"""Row ids read from requests."""

# Row ids are positive and fit in 64 bits; SQLite refuses to compare a
# column with a larger number (OverflowError) rather than find nothing.
MAX_ID = 2**63 - 1


def row_id(value) -> int | None:
    """`value` (a posted or query-string value, or a stored id) as a row id,
    or None when it cannot be one. `str.isdigit()` is no test: "²" passes it
    and `int()` refuses it."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 < number <= MAX_ID else None
