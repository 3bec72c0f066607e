"""What the pipeline's actions raise when a user's request cannot be done."""

from app.changes import ActionError


class PipelineError(ActionError):
    """A pipeline action that cannot be done; the message is in the user's language."""
