"""RepBook's Qt front end: screens, item models, delegates and workers over app/."""
