"""Ingest: files, folders, JSON Lines, HTML pages, feeds and stdin -> Document records.

:func:`kg.ingest.readers.iter_documents` is the entry point; the other
modules each read one kind of input (:mod:`~kg.ingest.text`,
:mod:`~kg.ingest.html`, :mod:`~kg.ingest.jsonl`, :mod:`~kg.ingest.feeds`).
Problems are reported as :class:`~kg.ingest.problems.InputProblem`, never raised.
"""
