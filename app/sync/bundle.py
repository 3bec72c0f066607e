"""What the CLI and the GUI call: export a bundle, and import any file — bundle or foreign sheet.

    export_bundle(db, Path("out.zip"), progress=None) -> ExportSummary
    import_path(db, Path("客户.csv"), kind=None, dry_run=False, progress=None, sheet=None)

progress(done, total) is called from the working thread; returning False cancels and rolls back
(raising Cancelled). A file that cannot be used at all raises UnusableFileError and changes
nothing.
"""

from __future__ import annotations

from pathlib import Path

from app.db import Database
from app.parsing.errors import UnusableFileError
from app.sync.bundle_export import ExportSummary, export_bundle
from app.sync.bundle_import import bundle_root, import_bundle
from app.sync.foreign import import_foreign
from app.sync.headers import Mapping
from app.sync.result import Cancelled, ImportResult, Progress

__all__ = [
    "Cancelled", "ExportSummary", "ImportResult", "UnusableFileError", "export_bundle",
    "import_path", "is_bundle",
]  # fmt: skip


def is_bundle(path: Path) -> bool:
    """Tell whether path is a RepBook export bundle (folder, its manifest.json, or .zip)."""
    return bundle_root(Path(path)) is not None


def import_path(
    db: Database,
    path: Path,
    kind: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    mapping: Mapping | None = None,
    sheet: str | None = None,
) -> ImportResult:
    """Import a bundle (merged by id) or a foreign CSV/XLSX (matched by natural keys)."""
    path = Path(path).expanduser()
    if not path.exists():
        raise UnusableFileError("file.missing", path=path)
    if is_bundle(path) or path.is_dir() or path.suffix.lower() == ".zip":
        return import_bundle(db, path, dry_run=dry_run, progress=progress)
    return import_foreign(
        db, path, kind=kind, mapping=mapping, dry_run=dry_run, progress=progress, sheet=sheet
    )
