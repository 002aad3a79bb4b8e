"""Imported last where local workers fork from (and on each worker of an existing cluster, after its warm-up):
moves every object alive after the warm-up into the collector's permanent generation (`gc.freeze`).

The modules, compiled patterns, catalogs and unit registry a warm process holds (~100k objects) live as long
as the process: the cycle collector walking them again at each full pass is wasted work, and in a forked
worker each walk also writes to the objects' headers, copying pages shared with the forkserver. Garbage left
by the warm-up is collected first, so nothing that is garbage now is kept; what a report builds later is
collected as usual.
"""
from __future__ import annotations

import gc

gc.collect()
gc.freeze()
