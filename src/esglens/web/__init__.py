"""The esglens web app (`esglens serve`): FastAPI, server-rendered pages, local assets only."""

# Largest upload the app accepts by default; here so that the CLI can name it without loading the web stack.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
