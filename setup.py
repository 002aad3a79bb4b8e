"""The one compiled piece: read/_pdfium_chars.c, a plain C loop loaded with ctypes (no Python API).
It is optional: without a C compiler the install goes on and the reader makes the same calls from
Python, slower (see read/pdf_chars.py; loaded by read/pdf_c_loop.py)."""
from setuptools import Extension, setup

setup(ext_modules=[Extension("esglens.read._pdfium_chars", ["src/esglens/read/_pdfium_chars.c"],
                             optional=True, py_limited_api=False,
                             # the word loop's comparisons must round as Python's do: no fused multiply-add
                             extra_compile_args=["-ffp-contract=off"])])
