"""Moving data in and out of RepBook: export bundles, sync and foreign CSV/XLSX import."""
