"""RepBook core: domain rules, persistence, sync and reports, with no Qt."""

APP_NAME = "RepBook"
APP_VERSION = "0.1.0"
