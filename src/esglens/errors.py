"""Errors a user sees as one line: the file and the reason, never a traceback."""


class InputError(Exception):
    """A report that cannot be read: empty, binary, unknown encoding, too large, corrupt."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
