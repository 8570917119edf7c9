"""``python -m planengine``: the same as the ``planengine`` command."""

from .cli import main

raise SystemExit(main())
