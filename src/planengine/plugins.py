"""The plugin manager and the evaluator registry built from it.

:func:`get_plugin_manager` builds a fresh pluggy manager: it adds the hook specifications,
registers planengine's built-in evaluators as the plugin ``planengine.builtin`` (the same
way any other plugin is registered), then loads third-party plugins from the entry-point
group ``planengine``. :meth:`EvaluatorRegistry.from_plugin_manager` asks each plugin for
its evaluators once; after that, looking an evaluator up is a dictionary access.

Installed plugins run code when they are loaded, so an operator controls loading through
the environment, in the manner of pytest and datasette:

``PLANENGINE_DISABLE_PLUGIN_AUTOLOAD``
    When set (to anything but an empty string), no entry-point plugin is loaded.
``PLANENGINE_LOAD_PLUGINS``
    A comma-separated list of entry-point names: only these are loaded (empty: none). Name
    one as ``package:name`` (``planengine-milestone:milestone``) to take it from that package
    only. Two installed packages providing one name are an error naming both.
``PLANENGINE_TRACE_PLUGINS``
    When set, every hook call and its result is written to standard error.
``PLANENGINE_BLOCK_PLUGINS``
    A comma-separated list of plugin names never to register, default plugins included
    (``planengine.builtin``), as pytest's ``-p no:NAME`` blocks one.

Every hook implementation must match a hook of :mod:`planengine.hookspecs`: a misspelt one
(``register_evaluator``) is an error naming it, not silently ignored.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import metadata
from typing import Any, TypeVar

import attrs
import pluggy

from . import hookspecs
from .errors import PlanengineError
from .evaluator import PLUGIN_API_VERSION, Evaluator
from .lights import LightRule
from .scoring import ScoringRule

__all__ = [
    "BUILTIN_PLUGIN",
    "ENTRY_POINT_GROUP",
    "EvaluatorRegistry",
    "PluginAPIError",
    "PluginConflictError",
    "PluginError",
    "RegisteredEvaluator",
    "default_registry",
    "get_plugin_manager",
]

_log = logging.getLogger(__name__)
_Rule = TypeVar("_Rule", ScoringRule, LightRule)

#: The entry-point group third-party plugins register under.
ENTRY_POINT_GROUP = "planengine"
#: The name planengine's own evaluators are registered under.
BUILTIN_PLUGIN = "planengine.builtin"
#: The plugins registered before any entry point, by name and module, like pytest's default plugins.
DEFAULT_PLUGINS = ((BUILTIN_PLUGIN, "planengine.evaluators.builtin"),)


#: Environment variables that control plugin loading (see the module's documentation).
DISABLE_AUTOLOAD_ENV = "PLANENGINE_DISABLE_PLUGIN_AUTOLOAD"
LOAD_PLUGINS_ENV = "PLANENGINE_LOAD_PLUGINS"
TRACE_PLUGINS_ENV = "PLANENGINE_TRACE_PLUGINS"
BLOCK_PLUGINS_ENV = "PLANENGINE_BLOCK_PLUGINS"


class PluginError(PlanengineError):
    """A plugin cannot be used; the message names it."""


class PluginConflictError(PluginError):
    """Two plugins provide an evaluator of the same name, or a plugin returned something unusable."""


class PluginAPIError(PluginError):
    """A plugin was written for another version of the plugin API."""


@attrs.frozen
class RegisteredEvaluator:
    """An evaluator with where it came from: plugin name, distribution and its version."""

    evaluator: Evaluator[object]
    plugin: str
    package: str
    package_version: str

    def schema(self) -> list[dict[str, str | bool]]:
        """The evaluator's parameters: name, type, whether required, and default, from its attrs class."""
        fields = attrs.fields(self.evaluator.params) if attrs.has(self.evaluator.params) else ()
        described: list[dict[str, str | bool]] = []
        for field in fields:
            entry: dict[str, str | bool] = {
                "name": field.name,
                "type": _type_name(field.type),
                "required": field.default is attrs.NOTHING,
            }
            if field.default is not attrs.NOTHING:
                default = field.default.value if hasattr(field.default, "value") else field.default
                entry["default"] = "" if default is None else str(default)
            described.append(entry)
        return described


def get_plugin_manager(
    *, load_entry_points: bool = True, environ: Mapping[str, str] | None = None, block: Iterable[str] = ()
) -> pluggy.PluginManager:
    """A new plugin manager with the default plugins and the installed ones.

    Entry-point plugins are loaded unless ``load_entry_points`` is false or the environment
    (``environ``, default ``os.environ``) says otherwise; see the module's documentation.
    Plugins named in ``block`` (or in ``PLANENGINE_BLOCK_PLUGINS``) are never registered.
    Raises :class:`PluginError` when a plugin implements a hook that does not exist.
    """
    import importlib

    env = os.environ if environ is None else environ
    pm = pluggy.PluginManager(ENTRY_POINT_GROUP)
    pm.add_hookspecs(hookspecs)
    blocked = {*block, *(n.strip() for n in env.get(BLOCK_PLUGINS_ENV, "").split(",") if n.strip())}
    for name in sorted(blocked):
        pm.set_blocked(name)
    for name, module in DEFAULT_PLUGINS:
        if name not in blocked:
            pm.register(importlib.import_module(module), name=name)
    if env.get(TRACE_PLUGINS_ENV):
        pm.add_hookcall_monitoring(_trace_before, _trace_after)
    if load_entry_points and not env.get(DISABLE_AUTOLOAD_ENV):
        allowed = env.get(LOAD_PLUGINS_ENV)
        wanted = None if allowed is None else {n.strip() for n in allowed.split(",") if n.strip()}
        for name, providers in _entry_points().items():
            chosen = [(package, ep) for package, ep in providers if _wanted(wanted, package, name)]
            if not chosen or name in blocked:
                continue
            if len(chosen) > 1:
                packages = " and ".join(sorted(package for package, _ in chosen))
                raise PluginError(
                    f"two packages provide the plugin {name!r}: {packages}; uninstall one, or choose one with "
                    f"{LOAD_PLUGINS_ENV}=<package>:{name}"
                )
            _load(pm, chosen[0][1], alone=len(providers) == 1)
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(
            f"the plugin {pm.get_name(exc.plugin)!r} implements a hook planengine does not have: {exc}. "
            f"The hooks are: {', '.join(sorted(n for n in dir(hookspecs) if n.startswith('register_')))}"
        ) from exc
    return pm


#: The package and version of each plugin loaded from an entry point, per plugin manager.
_PACKAGES: weakref.WeakKeyDictionary[pluggy.PluginManager, dict[int, tuple[str, str]]] = weakref.WeakKeyDictionary()


def _entry_points() -> dict[str, list[tuple[str, metadata.EntryPoint]]]:
    """Every installed entry point of the group, by name, with the package (distribution) providing it.

    Only the entry-point files are read (``metadata.entry_points(group=...)``); a package's
    metadata is parsed only for the packages that provide a plugin, not for every one installed.
    """
    found: dict[str, list[tuple[str, metadata.EntryPoint]]] = {}
    seen: set[tuple[str, str]] = set()
    for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = entry_point.dist
        package = (dist.metadata["Name"] or dist.name) if dist is not None else "?"
        if (package, entry_point.name) not in seen:
            seen.add((package, entry_point.name))  # the same distribution seen twice on the path
            found.setdefault(entry_point.name, []).append((package, entry_point))
    return found


def _wanted(wanted: set[str] | None, package: str, name: str) -> bool:
    """Whether the allow-list takes this plugin: by its name, or by ``package:name`` exactly."""
    return wanted is None or name in wanted or f"{package}:{name}" in wanted


def _load(pm: pluggy.PluginManager, entry_point: metadata.EntryPoint, *, alone: bool = True) -> None:
    """Load one entry-point plugin; a failure names the plugin and how to switch it off.

    When its package is the only one providing the name, pluggy loads it (so that
    ``pm.list_plugin_distinfo()`` knows its package); when another package provides the
    same name too, this entry point is loaded itself, never the other one.
    """
    try:
        if alone:
            pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP, name=entry_point.name)
        else:
            plugin = entry_point.load()
            pm.register(plugin, name=entry_point.name)
            dist = entry_point.dist
            if dist is not None:
                _PACKAGES.setdefault(pm, {})[id(plugin)] = (dist.metadata["Name"] or dist.name, dist.version)
        _log.info("loaded the plugin %s (%s)", entry_point.name, entry_point.value)
    except Exception as exc:
        package = entry_point.dist.name if entry_point.dist is not None else entry_point.value
        raise PluginError(
            f"the plugin {entry_point.name!r} (package {package}) failed to load: {type(exc).__name__}: {exc}. "
            f"Repair or uninstall it, or leave it out with {LOAD_PLUGINS_ENV}=<the plugins you want> "
            f"or {DISABLE_AUTOLOAD_ENV}=1"
        ) from exc


def _trace_before(hook_name: str, hook_impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, Any]) -> None:
    plugins = ", ".join(impl.plugin_name for impl in hook_impls)
    print(f"planengine: calling {hook_name}({', '.join(kwargs)}) on {plugins}", file=sys.stderr)


def _trace_after(
    outcome: pluggy.Result[Any], hook_name: str, hook_impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, Any]
) -> None:
    print(f"planengine: {hook_name} returned {outcome.get_result()!r}", file=sys.stderr)


class EvaluatorRegistry:
    """Evaluators by name, each with the plugin and package that provides it."""

    def __init__(self, evaluators: Iterable[RegisteredEvaluator] = ()) -> None:
        self._by_name: dict[str, RegisteredEvaluator] = {}
        #: Scoring rules by name, with the plugin that provides each.
        self.scoring_rules: dict[str, tuple[ScoringRule, str]] = {}
        #: Warning-light rules by name, with the plugin that provides each.
        self.light_rules: dict[str, tuple[LightRule, str]] = {}
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
        dists = {id(plugin): (dist.project_name, dist.version) for plugin, dist in pm.list_plugin_distinfo()}
        dists.update(_PACKAGES.get(pm, {}))
        own_version = planengine_version()
        registry = cls()
        for impl in reversed(pm.hook.register_evaluators.get_hookimpls()):
            dist = dists.get(id(impl.plugin))
            package, version = dist if dist is not None else ("planengine", own_version)
            for evaluator in _listed(
                _ask(pm, "register_evaluators", impl), Evaluator, impl.plugin_name, "register_evaluators"
            ):
                if evaluator.api_version != PLUGIN_API_VERSION:
                    raise PluginAPIError(
                        f"the plugin {impl.plugin_name} ({package} {version}) was written for planengine's plugin "
                        f"API {evaluator.api_version}, but this planengine ({own_version}) provides API "
                        f"{PLUGIN_API_VERSION}; install a version of {package} made for API {PLUGIN_API_VERSION}, "
                        f"or switch it off with {LOAD_PLUGINS_ENV}"
                    )
                registry.add(RegisteredEvaluator(evaluator, impl.plugin_name, package, version))
                _log.debug(
                    "evaluator %s %s from %s (%s %s)",
                    evaluator.name,
                    evaluator.version,
                    impl.plugin_name,
                    package,
                    version,
                )
        registry.scoring_rules = _named_rules(pm, "register_scoring_rules", ScoringRule, "scoring rule")
        registry.light_rules = _named_rules(pm, "register_light_rules", LightRule, "light rule")
        return registry

    def scoring_rule(self, name: str) -> ScoringRule:
        """The scoring rule called ``name``; ``KeyError`` lists the installed ones."""
        try:
            return self.scoring_rules[name][0]
        except KeyError:
            raise KeyError(
                f"no scoring rule is called {name!r}; installed: {', '.join(sorted(self.scoring_rules))}"
            ) from None

    def light_rule(self, name: str) -> LightRule:
        """The warning-light rule called ``name``; ``KeyError`` lists the installed ones."""
        try:
            return self.light_rules[name][0]
        except KeyError:
            raise KeyError(
                f"no light rule is called {name!r}; installed: {', '.join(sorted(self.light_rules))}"
            ) from None

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


def _named_rules(pm: pluggy.PluginManager, hook: str, kind: type[_Rule], label: str) -> dict[str, tuple[_Rule, str]]:
    """The rules every plugin returns from ``hook``, by name, with the plugin giving each; a name twice is an error."""
    rules: dict[str, tuple[_Rule, str]] = {}
    for impl in reversed(getattr(pm.hook, hook).get_hookimpls()):
        for rule in _listed(_ask(pm, hook, impl), kind, impl.plugin_name, hook):
            if rule.name in rules:
                raise PluginConflictError(
                    f"two plugins provide a {label} named {rule.name!r}: {rules[rule.name][1]} and {impl.plugin_name}"
                )
            rules[rule.name] = (rule, impl.plugin_name)
    return rules


def _ask(pm: pluggy.PluginManager, hook: str, impl: pluggy.HookImpl) -> object:
    """Call one plugin's implementation of ``hook`` through pluggy (so tracing sees it)."""
    others = [plugin for plugin in pm.get_plugins() if plugin is not impl.plugin]
    try:
        results = pm.subset_hook_caller(hook, remove_plugins=others)()
    except Exception as exc:
        raise PluginError(
            f"the plugin {impl.plugin_name} failed in {hook}: {type(exc).__name__}: {exc}. Leave it out with "
            f"{LOAD_PLUGINS_ENV}=<the plugins you want> or {DISABLE_AUTOLOAD_ENV}=1"
        ) from exc
    return results[0] if results else []


def _listed(provided: object, kind: type, plugin: str, hook: str) -> list[Any]:
    """The items a registration hook returned, checked to be a list of ``kind``."""
    if not isinstance(provided, (list, tuple)) or not all(isinstance(item, kind) for item in provided):
        raise PluginConflictError(
            f"the plugin {plugin} returned {provided!r} from {hook}; it must return a list of {kind.__name__}"
        )
    return list(provided)


def _type_name(annotation: object) -> str:
    """A readable name for a field's type annotation (a string under postponed evaluation)."""
    if isinstance(annotation, str):
        return annotation
    return getattr(annotation, "__name__", None) or str(annotation)


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
