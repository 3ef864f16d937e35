"""Compliance and reporting (issue #7): does the agency's site publish everything it is assessed
on, and the monthly report it files with the province.

- ``registry``: the standards, read from data files in ``standards/`` (one per standard and
  edition), each requirement mapped to the page types, categories and fields that satisfy it.
- ``content``: the live items of one or many sites, read in a bounded number of queries.
- ``checker``: evaluates a site against a standard: met, partly met or not met, with the live
  public URLs as evidence and what is missing.
- ``models``: which standards apply to a site (its settings), the monthly snapshots, the monthly
  reports.
- ``report``: seed 000's monthly report built from the site's records; ``report_pdf`` and
  ``exports`` write it (and the ITA/MOIT evidence) as PDF, XLSX, CSV and JSON.
- ``rollup``: a province's agencies on one page; ``admin_views``: the admin screens.

``governance`` never imports a concrete page type: the data files name page types as
"app_label.ModelName" and the checker resolves them through the app registry.
"""
