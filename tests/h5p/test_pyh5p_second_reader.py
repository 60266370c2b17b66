"""pyh5p as an independent second reader: the packages our tests build and
the package made elsewhere are valid H5P packages to it too, so our own
rules (h5p.validation) are not the only judge of the test material."""

from pyh5p.content import load
from pyh5p.package import read_package

from h5p import sample
from tests.h5p.third_party import pack_truefalse


def test_our_packer_builds_packages_pyh5p_accepts():
    assert read_package(sample.pack_h5p()).validate(require_content=True) == []


def test_the_package_made_elsewhere_is_valid_to_pyh5p_and_its_content_fits_its_semantics():
    issues = [str(issue) for issue in read_package(pack_truefalse()).validate(require_content=True)]
    # h5p-standalone's placeholder note beside the package; our validator ignores such files too.
    assert issues == [
        "$.package.H5P_CONTENT_HERE.txt: unexpected top-level package file (additionalProperties)"
    ]
    assert load(pack_truefalse()).validate() == []
