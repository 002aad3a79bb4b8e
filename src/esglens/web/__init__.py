"""The esglens web app (`esglens serve`): FastAPI, server-rendered pages, local assets only."""
