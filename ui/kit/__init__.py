"""RepBook's UI kit: the one place for formatting, theme colours, empty states and form parts."""
