"""Reading what people type and what spreadsheets hold: amounts, dates, phones, e-mails, text.

The import, the forms and the search keys all parse through here, so a value means the same
thing wherever it is typed.
"""
