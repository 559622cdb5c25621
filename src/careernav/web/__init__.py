"""careernav's web app and REST API."""

from careernav.web.app import create_app, serve

__all__ = ["create_app", "serve"]
