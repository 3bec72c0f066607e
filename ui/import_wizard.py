"""The import wizard: choose a file, check the column mapping, try it, import it, see what happened.

Foreign sheets (CSV/XLSX) go through every page; an export bundle skips the mapping. Reading,
the dry run and the import each run in a BackgroundTask, so the window stays responsive and
the import can be cancelled (it then rolls back). Tests drive it without exec(): show(),
choose_file(path), next(), and read import_result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from app.parsing.errors import UnusableFileError
from app.sync.bundle import import_path, is_bundle
from app.sync.bundle_import import read_bundle_manifest
from app.sync.foreign import Preview, preview_file
from app.sync.result import ImportResult
from ui import import_pages
from ui.context import AppContext, ChangeEvent
from ui.import_pages import FilePage, MappingPage, ResultPage, RunPage, problem_text
from ui.workers import BackgroundTask


class ImportWizard(QWizard):
    """Import a foreign sheet or an export bundle, step by step."""

    FILE, MAPPING, DRY_RUN, IMPORT, RESULT = (
        import_pages.FILE,
        import_pages.MAPPING,
        import_pages.DRY_RUN,
        import_pages.IMPORT,
        import_pages.RESULT,
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.manifest: dict[str, Any] | None = None
        self.import_result: ImportResult | None = None
        self._reading: BackgroundTask | None = None
        self._closing = False
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumSize(780, 540)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = RunPage(self, dry_run=True)
        self.import_page = RunPage(self, dry_run=False)
        self.result_page = ResultPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.mapping_page,
                self.dry_run_page,
                self.import_page,
                self.result_page,
            )
        ):
            self.setPage(page_id, page)
        for page in (self.dry_run_page, self.import_page):
            page.done.connect(self._close_if_asked)

    def choose_file(self, path: Path) -> None:
        """Read path's header and first rows (in the background) and show what was found."""
        path = path.expanduser()
        if self.path == path and (self.preview or self.manifest):
            return
        self.path, self.preview, self.manifest = path, None, None
        self.file_page.show_reading(path)
        task = BackgroundTask(lambda _progress: _inspect(path), self)
        task.succeeded.connect(lambda found, p=path: self._inspected(p, found))
        task.failed.connect(lambda error, p=path: self._inspected(p, error))
        task.finished.connect(self._close_if_asked)
        self._reading = task
        task.start()

    def _inspected(self, path: Path, found: object) -> None:
        if path != self.path:
            return  # the user has chosen another file meanwhile
        if isinstance(found, BaseException):
            self.file_page.show_problem(problem_text(found))
        elif isinstance(found, Preview):
            self.preview = found
            self.file_page.show_preview(found, None)
        else:
            self.manifest = found  # type: ignore[assignment]
            self.file_page.show_preview(None, self.manifest)

    def ready(self) -> bool:
        return self.preview is not None or self.manifest is not None

    def start_import(self, dry_run: bool) -> BackgroundTask:
        """Make the task that imports the chosen file with the chosen mapping."""
        db, path = self.ctx.db, self.path
        assert path is not None
        preview = self.preview
        mapping = preview.mapping if preview is not None else None
        kind = preview.kind if preview is not None else None
        return BackgroundTask(
            lambda progress: import_path(
                db, path, kind=kind, dry_run=dry_run, progress=progress, mapping=mapping
            ),
            self,
        )

    def imported(self, result: ImportResult) -> None:
        self.import_result = result
        self.ctx.events.announce(ChangeEvent.everything(self))
        self.next()

    def _busy(self) -> list[BackgroundTask]:
        tasks = [self._reading, self.dry_run_page.task, self.import_page.task]
        return [task for task in tasks if task is not None and task.is_running()]

    def reject(self) -> None:
        # Close only once the worker has stopped: it must not outlive the objects it reports to.
        busy = self._busy()
        if busy:
            self._closing = True
            for task in busy:
                task.cancel()
            return
        super().reject()

    def _close_if_asked(self) -> None:
        if self._closing and not self._busy():
            self._closing = False
            super().reject()


def _inspect(path: Path) -> Preview | dict[str, Any]:
    """Return a bundle's manifest, or a foreign file's preview."""
    if not path.exists():
        raise UnusableFileError("file.missing", path=path)
    if is_bundle(path) or path.is_dir() or path.suffix.lower() == ".zip":
        return read_bundle_manifest(path)
    return preview_file(path)
