import math

import pytest

from certificates import codes


def test_a_code_carries_at_least_80_random_bits_in_four_groups():
    code = codes.code_generate()
    assert math.log2(len(codes.ALPHABET)) * codes.LENGTH >= 80
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4, 4]
    assert set("".join(groups)) <= set(codes.ALPHABET)


def test_generated_codes_do_not_repeat():
    assert len({codes.code_generate() for _ in range(2000)}) == 2000


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("K7Q4-9XMD-2HWP-5RTA", "K7Q4-9XMD-2HWP-5RTA"),
        ("k7q4 9xmd 2hwp 5rta", "K7Q4-9XMD-2HWP-5RTA"),
        ("K7Q49XMD2HWP5RTA", "K7Q4-9XMD-2HWP-5RTA"),
        ("OOOO-IIII-LLLL-0000", "0000-1111-1111-0000"),
    ],
)
def test_typed_codes_are_normalised(typed, expected):
    assert codes.code_normalise(typed) == (expected, None)


@pytest.mark.parametrize(
    ("typed", "kind", "detail"),
    [
        ("K7Q4-9XMD-2HWP", "length", "12"),
        ("K7Q4-9XMD-2HWP-5RTA-X", "length", "17"),
        ("", "length", "0"),
        ("K7Q4-9XMD-2HWP-5RTU", "characters", "U"),
        ("K7Q4-9XMD-2HWP-5RT!", "characters", "!"),
        ("К7Q4-9XMD-2HWP-5RTA", "characters", "К"),  # Cyrillic Ka
    ],
)
def test_malformed_codes_name_the_problem(typed, kind, detail):
    code, problem = codes.code_normalise(typed)
    assert code is None
    assert (problem.kind, problem.detail) == (kind, detail)
