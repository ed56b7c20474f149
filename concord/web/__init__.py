"""Concord's web application for officers: a Flask app factory.

    app = create_app()                       # the register named by CONCORD_DATABASE_URL
    app = create_app(database_url, secret_key="...")

Served by gunicorn (`concord serve`), never by a development server.
Each area of the register is one module of `concord.web.views` holding
a blueprint `bp`; every module found there is registered, so a new area
slots in by adding its module. Handlers call services only, with the
request's `Context` (see `concord.web.access` and `concord.web.work`).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import secrets
from pathlib import Path

from flask import Flask
from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader

HERE = Path(__file__).resolve().parent
#: GOV.UK Frontend's built CSS, JS, fonts and images (made by `make`; never committed)
STATIC_DIR = HERE / "static"
ENV_SECRET = "CONCORD_SECRET_KEY"


def create_app(database_url: str | None = None, secret_key: str | None = None,
               config: dict | None = None) -> Flask:
    from flask_wtf.csrf import CSRFProtect
    from govuk_frontend_wtf.main import WTFormsHelpers

    from concord.services import database
    from concord.web import access, errors, navigation, readers, security, throttle

    app = Flask(__name__, static_folder=None)
    app.config.update(
        SECRET_KEY=secret_key or os.environ.get(ENV_SECRET) or secrets.token_urlsafe(32),
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session
        # the largest request, uploads included (a larger one is refused with 413 before it is read)
        MAX_CONTENT_LENGTH=_env_bytes("CONCORD_UPLOAD_MAX_BYTES", 50 * 1024 * 1024),
        # rendered pages kept until the next write (concord.web.page_cache); 0 turns it off
        CONCORD_PAGE_CACHE=os.environ.get("CONCORD_PAGE_CACHE", "1").strip() != "0",
    )
    app.config.update(config or {})
    app.jinja_loader = ChoiceLoader([
        PackageLoader("concord.web"),
        PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                      "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf")}),
    ])
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True
    app.jinja_env.add_extension("jinja2.ext.do")
    WTFormsHelpers(app)
    CSRFProtect(app)
    security.install(app)

    app.extensions["concord.store"] = database.open_store(database_url)
    app.extensions["concord.throttle"] = throttle.Throttle()
    app.extensions["concord.readers"] = readers.Readers()
    app.before_request(access.check_access)
    navigation.install(app)
    errors.install(app)
    for blueprint in _blueprints():
        app.register_blueprint(blueprint)
    return app


def _env_bytes(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw.isdigit() and 0 < len(raw) < 16 else default


def _blueprints() -> list:
    from concord.web import views

    found = []
    for info in sorted(pkgutil.iter_modules(views.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{views.__name__}.{info.name}")
        if hasattr(module, "bp"):
            found.append(module.bp)
    return found
