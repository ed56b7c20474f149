"""One module per area of the register, each with a blueprint `bp`.

Every module here is registered by `concord.web.create_app`; its routes
are declared with `concord.web.access.route(..., permission=...)`.
"""
