"""The plugin manager and the evaluator registry built from it.

:func:`get_plugin_manager` builds a fresh pluggy manager: it adds the hook specifications,
registers planengine's built-in evaluators as the plugin ``planengine.builtin`` (the same
way any other plugin is registered), then loads third-party plugins from the entry-point
group ``planengine``. :meth:`EvaluatorRegistry.from_plugin_manager` asks each plugin for
its evaluators once; after that, looking an evaluator up is a dictionary access.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any
from importlib import metadata

import attrs
import pluggy

from . import hookspecs
from .evaluator import Evaluator
from .scoring import ScoringRule

__all__ = [
    "BUILTIN_PLUGIN",
    "ENTRY_POINT_GROUP",
    "EvaluatorRegistry",
    "PluginConflictError",
    "RegisteredEvaluator",
    "default_registry",
    "get_plugin_manager",
]

#: The entry-point group third-party plugins register under.
ENTRY_POINT_GROUP = "planengine"
#: The name planengine's own evaluators are registered under.
BUILTIN_PLUGIN = "planengine.builtin"


class PluginConflictError(Exception):
    """Two plugins provide an evaluator of the same name, or a plugin returned something unusable."""


@attrs.frozen
class RegisteredEvaluator:
    """An evaluator with where it came from: plugin name, distribution and its version."""

    evaluator: Evaluator[object]
    plugin: str
    package: str
    package_version: str


def get_plugin_manager(*, load_entry_points: bool = True) -> pluggy.PluginManager:
    """A new plugin manager with the built-in evaluators and (by default) installed plugins."""
    from .evaluators import builtin

    pm = pluggy.PluginManager(ENTRY_POINT_GROUP)
    pm.add_hookspecs(hookspecs)
    pm.register(builtin, name=BUILTIN_PLUGIN)
    if load_entry_points:
        pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    return pm


class EvaluatorRegistry:
    """Evaluators by name, each with the plugin and package that provides it."""

    def __init__(self, evaluators: Iterable[RegisteredEvaluator] = ()) -> None:
        self._by_name: dict[str, RegisteredEvaluator] = {}
        #: Scoring rules by name, with the plugin that provides each.
        self.scoring_rules: dict[str, tuple[ScoringRule, str]] = {}
        for registered in evaluators:
            self.add(registered)

    def add(self, registered: RegisteredEvaluator) -> None:
        name = registered.evaluator.name
        existing = self._by_name.get(name)
        if existing is not None:
            raise PluginConflictError(
                f"two plugins provide an evaluator named {name!r}: {existing.plugin} "
                f"({existing.package}) and {registered.plugin} ({registered.package}); "
                f"uninstall one of them"
            )
        self._by_name[name] = registered

    @classmethod
    def from_plugin_manager(cls, pm: pluggy.PluginManager) -> EvaluatorRegistry:
        """Ask every registered plugin for its evaluators (one hook call per plugin)."""
        dists = {id(plugin): dist for plugin, dist in pm.list_plugin_distinfo()}
        own_version = planengine_version()
        registry = cls()
        for impl in reversed(pm.hook.register_evaluators.get_hookimpls()):
            dist = dists.get(id(impl.plugin))
            package = dist.project_name if dist is not None else "planengine"
            version = dist.version if dist is not None else own_version
            for evaluator in _listed(impl.function(), Evaluator, impl.plugin_name, "register_evaluators"):
                registry.add(RegisteredEvaluator(evaluator, impl.plugin_name, package, version))
        for impl in reversed(pm.hook.register_scoring_rules.get_hookimpls()):
            for rule in _listed(impl.function(), ScoringRule, impl.plugin_name, "register_scoring_rules"):
                if rule.name in registry.scoring_rules:
                    raise PluginConflictError(
                        f"two plugins provide a scoring rule named {rule.name!r}: "
                        f"{registry.scoring_rules[rule.name][1]} and {impl.plugin_name}"
                    )
                registry.scoring_rules[rule.name] = (rule, impl.plugin_name)
        return registry

    def scoring_rule(self, name: str) -> ScoringRule:
        """The scoring rule called ``name``; ``KeyError`` lists the installed ones."""
        try:
            return self.scoring_rules[name][0]
        except KeyError:
            raise KeyError(f"no scoring rule is called {name!r}; installed: {', '.join(sorted(self.scoring_rules))}") from None

    def get(self, name: str) -> RegisteredEvaluator | None:
        return self._by_name.get(name)

    def names(self) -> list[str]:
        return sorted(self._by_name)

    def __iter__(self) -> Iterator[RegisteredEvaluator]:
        return iter(self._by_name[name] for name in self.names())

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __len__(self) -> int:
        return len(self._by_name)


def _listed(provided: object, kind: type, plugin: str, hook: str) -> list[Any]:
    """The items a registration hook returned, checked to be a list of ``kind``."""
    if not isinstance(provided, (list, tuple)) or not all(isinstance(item, kind) for item in provided):
        raise PluginConflictError(
            f"the plugin {plugin} returned {provided!r} from {hook}; it must return a list of {kind.__name__}"
        )
    return list(provided)


@functools.cache
def default_registry() -> EvaluatorRegistry:
    """The registry of built-in and installed evaluators, built once per process."""
    return EvaluatorRegistry.from_plugin_manager(get_plugin_manager())


@functools.cache
def planengine_version() -> str:
    """The installed planengine's version (looked up once per process)."""
    try:
        return metadata.version("planengine")
    except metadata.PackageNotFoundError:
        return "0+unknown"
