"""The library store (DuckDB) and the batch ingest that fills it."""

# The module local ingest workers import once, in the process they fork from (store/warm.py): named here, in
# a module that imports nothing, so that the command line can start that process before loading anything.
WARM_MODULE = "esglens.store.warm"
