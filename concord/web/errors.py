"""Error pages: 400, 403, 404, 405, 413, 429 and 500, each a GOV.UK page."""

from __future__ import annotations

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from concord.domain.errors import ConflictError, DomainError

PAGES = {
    400: ("There is a problem with the request", "The request could not be understood."),
    403: ("You do not have permission to see this page",
          "Your role does not allow this. If you think it should, ask an administrator of your organisation."),
    404: ("Page not found", "If you typed the web address, check it is correct. "
          "If you pasted the web address, check you copied the entire address."),
    405: ("There is a problem with the request", "This page cannot be used in that way."),
    409: ("Someone else changed this record", "Your changes have not been saved. Go back, reload the page "
          "and make your changes again."),
    413: ("The file is too large", "Choose a smaller file."),
    429: ("Too many attempts", "Wait a few minutes and try again."),
    500: ("Sorry, there is a problem with the service", "Try again later."),
}


def page(code: int, detail: str | None = None) -> tuple[str, int]:
    title, text = PAGES.get(code, PAGES[500])
    return render_template("error.html", title=title, text=detail or text), code


def install(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):  # noqa: ANN202
        return page(exc.code or 500)

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError):  # noqa: ANN202
        return page(400, "The form had expired or was not sent from this service. "
                         "Go back, reload the page and try again.")

    @app.errorhandler(DomainError)
    def bad_input(exc: DomainError):  # noqa: ANN202
        value = "" if exc.value is None else f" ‘{exc.value}’"
        return page(400, f"{exc.field}{value} {exc.reason}")

    @app.errorhandler(ConflictError)
    def conflict(exc: ConflictError):  # noqa: ANN202
        return page(409)
