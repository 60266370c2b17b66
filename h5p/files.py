"""Deleting stored H5P files without leaving empty folders behind."""

from pathlib import Path

# Folders under the media root that stay, empty or not.
KEPT_ROOTS = ("h5p/libraries", "h5p/content")


def stored_file_delete(storage, name: str) -> None:
    """Delete `name` from `storage`, then each parent folder it leaves empty,
    up to (not including) `h5p/libraries` or `h5p/content`. Object storages
    (S3) have no folders: only the file goes."""
    storage.delete(name)
    try:
        folder = Path(storage.path(name)).parent
        roots = {Path(storage.path(root)) for root in KEPT_ROOTS}
    except NotImplementedError:
        return
    while not any(folder == root for root in roots) and any(root in folder.parents for root in roots):
        try:
            folder.rmdir()
        except OSError:
            # Not empty (another file, or a package being stored), or gone.
            break
        folder = folder.parent
