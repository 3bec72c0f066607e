"""Customers as the screens look them up: search by name or pinyin, names, contacts."""
