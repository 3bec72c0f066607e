"""Reports for team leads: XLSX, PDF and CSV from the same insights the screen shows."""
