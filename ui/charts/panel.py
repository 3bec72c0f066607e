"""A chart with its numbers beside it: the chart left, the same figures as a table right."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from app.reports.tables import Table
from ui.charts.table_model import InsightTableModel


class ChartPanel(QSplitter):
    """A splitter holding a chart and the table of its numbers."""

    def __init__(
        self,
        chart: QWidget,
        locale: QLocale,
        parent: QWidget | None = None,
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
    ) -> None:
        super().__init__(orientation, parent)
        self.chart = chart
        self.model = InsightTableModel(locale, self)
        self.table = QTableView()
        self.table.setObjectName("InsightTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Beside the chart the table is narrow and its last column fills it; below the chart a
        # stretched last column would carry its numbers a page-width from their header.
        self.table.horizontalHeader().setStretchLastSection(
            orientation == Qt.Orientation.Horizontal
        )
        self.addWidget(chart)
        self.addWidget(self.table)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setSizes([560, 520])
        self.setChildrenCollapsible(False)

    def show_table(self, table: Table) -> None:
        """Show new numbers."""
        self.model.set_table(table)
