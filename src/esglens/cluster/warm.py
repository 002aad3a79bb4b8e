"""A Dask worker plugin that imports warm-up modules on every worker of an existing cluster as it joins.

The workers of a LocalCluster that esglens starts fork warm from one forkserver (see the package). Workers of
a cluster started elsewhere (`ingest --scheduler`) are not ours to fork: this plugin, registered with their
scheduler, imports the modules (`esglens.store.warm` analyses a small built-in report when imported) on each
worker now and on every worker that joins or restarts later, so none pays the warm-up on its first report.
It lives apart from the package because it imports distributed, which only a cluster run needs.
"""
from __future__ import annotations

import asyncio
import importlib
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin


class ImportOnWorkers(WorkerPlugin):
    """Import `modules` on each worker, off its event loop (the worker goes on answering heartbeats).

    The worker is paused meanwhile, so the scheduler holds reports back from it until it is warm: a report's
    time limit runs from when the scheduler hands it to a worker, and a worker that joins (or restarts after
    a kill) already takes tasks while its plugins are still being set up.
    """

    idempotent = True  # registered again (the next ingest on the same cluster): nothing is redone

    def __init__(self, modules: tuple[str, ...]):
        self.modules = tuple(modules)

    async def setup(self, worker: Any) -> None:
        from distributed.core import Status

        pause = worker.status == Status.running
        if pause:
            worker.status = Status.paused
        try:
            loop = asyncio.get_running_loop()
            for name in self.modules:
                await loop.run_in_executor(None, importlib.import_module, name)
        finally:
            if pause and worker.status == Status.paused:
                worker.status = Status.running


def register(client: Any, modules: tuple[str, ...]) -> bool:
    """Register the plugin with the client's scheduler (once per set of modules; the call returns when every
    worker has imported them). False when it could not be registered: the workers then warm on their first
    report, as before."""
    if not modules:
        return False
    try:
        client.register_plugin(ImportOnWorkers(modules), name="esglens-import-" + "-".join(modules))
    except Exception:  # noqa: BLE001 — an old scheduler, a worker without esglens: cold workers still work
        return False
    return True
