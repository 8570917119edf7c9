"""Making many small frozen result objects quickly: one of each per target and evaluation.

attrs gives a frozen class with slots an ``__init__`` that sets each field through
``object.__setattr__`` (the class's own ``__setattr__`` refuses changes), and with the
objects of one assessment (:class:`~planengine.Assessment`, its
:class:`~planengine.evaluator.Outcome` and :class:`~planengine.Progress`) that costs as much
as the judging itself on the engine's hot path.

So those classes keep their slots in a plain base class, :class:`Slots` (the attrs class
adds none of its own). :func:`constructor` writes, for such a class, a function that takes
every field positionally, fills an instance of the plain base with ordinary attribute
assignments, and then gives it its class: Python allows that between two classes of the
same layout. The result is the same object ``cls(*fields)`` makes, of type ``cls``, frozen
as ever, made in about a quarter of the time. Only classes whose ``__init__`` does nothing
else qualify (no validators, converters, ``__attrs_pre_init__`` or ``__attrs_post_init__``);
that is checked, and one object made both ways is compared, when the function is written.
The module does no I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs

__all__ = ["Slots", "constructor"]

T = TypeVar("T")


class Slots:
    """The base of a frozen attrs class whose objects :func:`constructor` makes: subclass it with
    ``__slots__`` naming the class's fields (and ``"__weakref__"``), in a class of its own."""

    __slots__ = ()


def constructor(cls: type[T]) -> Callable[..., T]:
    """A function equal to ``cls(*fields)`` for all of ``cls``'s fields given in order, made faster.

    ``cls`` must be a frozen attrs class with slots whose direct base, a subclass of
    :class:`Slots`, holds every slot, and whose ``__init__`` only sets its fields (raises
    ``TypeError`` otherwise). Hot paths that know every field use it; everything else calls
    ``cls`` as usual.
    """
    fields = attrs.fields(cls)  # type: ignore[arg-type]
    holder = cls.__base__
    if holder is None or not issubclass(holder, Slots) or cls.__dict__.get("__slots__") != ():
        raise TypeError(f"{cls.__name__} does not keep its slots in a base class of its own")
    if holder.__setattr__ is not object.__setattr__ or "__dict__" in dir(holder):
        raise TypeError(f"{holder.__name__} is not a plain class with slots")
    if hasattr(cls, "__attrs_pre_init__") or hasattr(cls, "__attrs_post_init__"):
        raise TypeError(f"{cls.__name__}.__init__ does more than set its fields")
    names = [field.name for field in fields]
    for field in fields:
        if not field.init or field.validator is not None or field.converter is not None or field.alias != field.name:
            raise TypeError(f"{cls.__name__}.{field.name} is not set as given by __init__")
    if set(holder.__slots__) != {*names, "__weakref__"}:
        raise TypeError(f"{holder.__name__}.__slots__ are not the fields of {cls.__name__}")
    namespace: dict[str, Any] = {"_new": object.__new__, "_holder": holder, "_cls": cls}
    lines = [f"def make_{cls.__name__}({', '.join(names)}):", "    self = _new(_holder)"]
    lines += [f"    self.{name} = {name}" for name in names]
    lines += ["    self.__class__ = _cls  # the same layout: a plain object becomes a frozen one", "    return self"]
    exec("\n".join(lines), namespace)  # as attrs writes its own __init__
    function: Callable[..., T] = namespace[f"make_{cls.__name__}"]
    function.__doc__ = f"``{cls.__name__}({', '.join(names)})``, every field given in order."
    values = [object() for _ in names]  # what attrs makes and what the function makes must agree
    made, expected = function(*values), cls(*values)
    if type(made) is not cls or [getattr(made, name) for name in names] != values or made != expected:
        raise TypeError(f"objects of {cls.__name__} cannot be made this way")
    return function
