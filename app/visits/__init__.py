"""Visits, reminders and care (SPEC §5): the calendar's actions, agenda, care reminders, .ics."""
