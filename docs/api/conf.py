"""Sphinx configuration of planengine's API reference, generated from the docstrings.

Built by CI with warnings as errors: ``sphinx-build -W -b html docs/api <out>``.
"""

from __future__ import annotations

import importlib.metadata

project = "planengine"
author = "planengine developers"
release = importlib.metadata.version("planengine")
version = release
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.viewcode"]
autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_preserve_defaults = True
napoleon_google_docstring = False
exclude_patterns = ["_build"]
html_theme = "alabaster"
html_title = "planengine API reference"
language = "en"
autodoc_inherit_docstrings = False  # pytest's own docstrings refer to labels of its docs
