"""Claim extractor rules, one module per group of claim kinds (layer 1).

Every public ``extract_*`` function has the same signature, ``(doc, result) -> None``, and
fills its part of the :class:`kg.model.Extraction`; :data:`kg.extract.RULES` orders them.
"""
from __future__ import annotations
