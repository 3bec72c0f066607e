"""Charts of the Insights screen: thin pyqtgraph views over numbers app/insights computes."""
