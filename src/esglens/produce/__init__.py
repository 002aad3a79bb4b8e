"""The producing side: from activity data to a GHG inventory, a KPI annex and a content index.

activity (read and check the file) -> factors (public factor sets, user overrides) -> inventory
(lines and totals) -> annex (HKEX, SZSE No. 17, GRI layouts as Markdown, XLSX, HTML) and index.
"""

# The annex layouts (annex.py); here so that the command line can list them without loading the annex.
LAYOUTS = ("hkex", "szse", "gri")
