"""One module per area of the register, each with a blueprint `bp`.

Every module here is registered by `concord.web.create_app`. A new area
is one module; for example `agreements.py`:

    bp = Blueprint("agreements", __name__)          # the name navigation.AREAS expects

    @route(bp, "/agreements", permission=Permission.REGISTER_READ)
    def index(ctx: Context):                        # the request's unit of work
        return render_template("agreements/index.html", rows=agreements.register(ctx))

    @route(bp, "/agreements/<slug>", permission=Permission.REGISTER_READ, record="agreement")
    def show(ctx: Context, slug: str): ...          # the dashboard now links agreement findings here

    @route(bp, "/agreements/<slug>/renew", permission=Permission.AGREEMENT_EDIT, methods=("GET", "POST"))
    def renew(ctx: Context, slug: str):
        form = RenewForm()
        if submitted(form):                         # False, with the error on its field, after a
            agreements.renew(ctx, slug, ...)        # DomainError or ConflictError (all rolled back)
            return redirect(url_for("agreements.show", slug=slug))
        return render_template("agreements/renew.html", form=form)

Handlers call services only (import-linter forbids SQLAlchemy and the
store here); a detail service returning None becomes `abort(404)`.
"""
