"""Helpers of :mod:`kg.link` and :mod:`kg.vocab`: text normalisation, linking tables, SSSOM I/O.

Nothing here imports bioregistry or curies (identifier checks live in :mod:`kg.link`), and
nothing here touches the network. See ``data/vocab/README.md`` for the table formats.
"""
