"""The web service (layer 5): a Flask app over the store. It reads the store and never imports
parse/extract/mapping/pipeline.

    app = create_app()                        # config from the environment, store opened once
    app = create_app(cfg, store=my_store, settings=Settings(timeout=2))

Nothing is built at import time; each call makes a new app with its own :class:`Service`
(``app.extensions["kg"]``) holding the store, the query worker pool, caches and metrics.
"""
from __future__ import annotations

from typing import Any

from flask import Flask

from kg.config import Config, load_config
from kg.store import open_store
from kg.web import errors, metrics, security
from kg.web.executor import Store
from kg.web.results import curie
from kg.web.security import safe_href
from kg.web.service import Service, Settings
from kg.web.table import value_text

__all__ = ["Settings", "close_app", "create_app"]


def create_app(config: Config | None = None, *, store: Store | None = None,
               settings: Settings | None = None, **overrides: Any) -> Flask:
    """A new app. ``store`` defaults to ``open_store(config.store)``; ``overrides`` are
    :class:`Settings` fields (``timeout=2``, ``workers=0`` ...)."""
    cfg = config or load_config()
    opts = settings or Settings.from_config(cfg, **overrides)
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = opts.max_request_bytes
    app.config["MAX_FORM_MEMORY_SIZE"] = opts.max_request_bytes
    svc = Service(cfg, store if store is not None else open_store(cfg.store, base=cfg.base), opts)
    app.extensions["kg"] = svc
    app.jinja_env.globals.update(local=svc.local_path, curie=curie, settings=opts, typed=value_text,
                                 typed_number=lambda x: f"{x:g}",
                                 link=lambda iri: safe_href(iri, svc.local_path(iri or "")))
    from kg.web.editor import editor_dir
    app.jinja_env.globals["editor"] = editor_dir(cfg) is not None  # the plain textarea otherwise
    errors.register(app)
    metrics.register(app, svc.metrics)  # first: its clock starts before any other hook answers
    security.register(app, opts.cors)
    from kg.web import data, editor, entities, graphstore, overview, pages, search, source, sparql
    for module in (sparql, graphstore, pages, entities, search, data, source, overview, editor):
        app.register_blueprint(module.bp)
    if opts.warm:
        from kg.web import warm
        warm.start(app)  # the stored queries' first pages, worked out in the background
    return app


def close_app(app: Flask) -> None:
    """Stop the app's query workers (they also die with the server process)."""
    svc = app.extensions.get("kg")
    if isinstance(svc, Service):
        svc.close()
