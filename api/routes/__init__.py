"""One router per resource; :data:`actorgraph.api.app.ROUTERS` lists them."""
