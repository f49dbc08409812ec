"""How a record of a data file becomes a typed, frozen record: one rule for every data file.

`@yaml_record` gives a dataclass a `from_yaml(record, **given)` read from its own fields: a
`Localized` field from its {fr, en} mapping, a tuple from its list (each item a record of its own type
when it is one), a nested record from its mapping, an absent bool as False, an absent optional field
as None, anything else as it is. A field may read another key: `field(metadata={"key": "from"})`.
What the data file cannot hold (its line, the schema's order) comes in `given`. The JSON Schema has
checked the record before: this converts, it does not check.

Written here rather than taken from a library (dacite, cattrs): the converters are built once per
class, when it is defined, so that 10,000 insurers cost no type introspection, and the whole rule is
shorter than the ten hand-written from_yaml methods it replaced.
"""

from __future__ import annotations

import dataclasses
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

from factbase.text.localized import Localized

Converter = Callable[[Any], Any]


def yaml_record(cls: type) -> type:
    """Adds `from_yaml` to a frozen dataclass whose fields name the keys of its data records."""
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    readers = [(item.name, item.metadata.get("key", item.name), _converter(hints[item.name]), _has_default(item))
               for item in dataclasses.fields(cls) if item.init]

    def from_yaml(cls, record: dict, **given: Any) -> Any:
        return cls(**{name: given[name] if name in given else convert(record.get(key))
                      for name, key, convert, has_default in readers
                      if name in given or key in record or not has_default})

    cls.from_yaml = classmethod(from_yaml)
    return cls


def _has_default(item: dataclasses.Field) -> bool:
    return item.default is not dataclasses.MISSING or item.default_factory is not dataclasses.MISSING


def _converter(hint: Any) -> Converter:
    arguments = typing.get_args(hint)
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union) and type(None) in arguments:
        [inner] = [argument for argument in arguments if argument is not type(None)]
        convert = _converter(inner)
        return lambda value: None if value is None else convert(value)
    if origin is tuple:
        convert = _converter(arguments[0])
        return lambda value: tuple(convert(item) for item in value or ())
    if hint is bool:
        return lambda value: bool(value)
    if hint is Localized:
        return Localized.from_data
    if hasattr(hint, "from_yaml"):
        return hint.from_yaml
    return lambda value: value


@yaml_record
@dataclasses.dataclass(frozen=True)
class SourcedNote:
    """A text under a record, with its own sources: where sources disagree about an event (with the
    conflict's id, e.g. C-02), what is known of an official action's outcome, a note on an insurer."""

    text: Localized
    sources: tuple[str, ...]
    conflict: str | None = None
