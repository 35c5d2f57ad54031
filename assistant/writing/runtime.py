"""The little of Jinja2's runtime that crr's compiled answer templates call.

Jinja2 compiles each template in templates/answers/ to Python once (see
render.py); the compiled code runs against this module instead of
`jinja2.runtime`, so answering a question imports no template engine.  It
holds what plain-text templates use: StrictUndefined, loops, macros, and
the filters and tests the answer templates name, each as Jinja2 defines it.
A template that needs anything else fails to compile (an unknown filter) or
to render (a name below that raises), in the tests, not silently.
"""

from __future__ import annotations

from typing import Any


class TemplateRuntimeError(Exception):
    pass


class UndefinedError(TemplateRuntimeError):
    pass


TemplateNotFound = TemplateRuntimeError


class _Missing:
    def __repr__(self) -> str:
        return "missing"


missing: Any = _Missing()


def identity(value):
    return value


def internalcode(function):
    return function


def str_join(seq) -> str:
    return "".join(map(str, seq))


def _escaping(*args, **kwargs):
    raise TemplateRuntimeError("compiled answer templates are plain text: HTML goes through Jinja2")


# Only autoescaped (HTML) templates call these; the answer templates are text.
Markup = escape = markup_join = Namespace = TemplateReference = _escaping


class Undefined:
    """What an inline `x if y` without `else` gives when `y` is false: empty."""

    def __init__(self, hint: str | None = None, obj: Any = missing, name: str | None = None,
                 exc: type = UndefinedError):
        self._hint, self._obj, self._name = hint, obj, name

    def _message(self) -> str:
        if self._hint:
            return self._hint
        if self._obj is missing:
            return f"{self._name!r} is undefined"
        return f"{type(self._obj).__name__!r} object has no attribute {self._name!r}"

    def __str__(self) -> str:
        return ""

    def __bool__(self) -> bool:
        return False

    def __iter__(self):
        return iter(())

    def __len__(self) -> int:
        return 0


class StrictUndefined(Undefined):
    """A name no one gave the template: any use of it fails (Jinja2's StrictUndefined)."""

    def _fail(self, *args, **kwargs):
        raise UndefinedError(self._message())

    __str__ = __bool__ = __iter__ = __len__ = __eq__ = __ne__ = __contains__ = __call__ = _fail
    __add__ = __radd__ = __sub__ = __mul__ = __truediv__ = __mod__ = __lt__ = __le__ = __gt__ = __ge__ = _fail
    __hash__ = None  # type: ignore[assignment]

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        self._fail()

    def __getitem__(self, key):
        self._fail()


class LoopContext:
    """`loop` inside a `for`: index, index0, revindex, revindex0, first, last, length,
    previtem, nextitem and cycle()."""

    def __init__(self, iterable, undefined=StrictUndefined, recurse=None, depth0: int = 0):
        if recurse is not None or depth0:
            raise TemplateRuntimeError("recursive loops are not supported in compiled templates")
        self._items = list(iterable)
        self._undefined = undefined
        self.length = len(self._items)
        self.index0 = -1

    def __iter__(self):
        for self.index0, item in enumerate(self._items):
            yield item, self

    index = property(lambda self: self.index0 + 1)
    revindex = property(lambda self: self.length - self.index0)
    revindex0 = property(lambda self: self.length - self.index0 - 1)
    first = property(lambda self: self.index0 == 0)
    last = property(lambda self: self.index0 == self.length - 1)
    depth, depth0 = 1, 0

    @property
    def previtem(self):
        return self._items[self.index0 - 1] if self.index0 > 0 else self._undefined("there is no previous item")

    @property
    def nextitem(self):
        return self._items[self.index0 + 1] if self.index0 + 1 < self.length else \
            self._undefined("there is no next item")

    def cycle(self, *values):
        return values[self.index0 % len(values)]


class Macro:
    """A `{% macro %}` called with its arguments by position or by name."""

    def __init__(self, environment, func, name: str, arguments, catch_kwargs: bool, catch_varargs: bool,
                 caller: bool, default_autoescape: bool | None = None):
        if catch_kwargs or catch_varargs or caller:
            raise TemplateRuntimeError(f"macro {name}: varargs, kwargs and caller are not supported")
        self._func, self.name, self.arguments = func, name, tuple(arguments)

    def __call__(self, *args, **kwargs):
        if len(args) > len(self.arguments):
            raise TypeError(f"macro {self.name!r} takes at most {len(self.arguments)} arguments")
        values = list(args) + [kwargs.pop(name, missing) for name in self.arguments[len(args):]]
        if kwargs:
            raise TypeError(f"macro {self.name!r} takes no argument {next(iter(kwargs))!r}")
        return self._func(*values)


class EvalContext:
    autoescape = False
    volatile = False


class Context:
    """The variables a template is rendered with, and those it sets."""

    eval_ctx = EvalContext()

    def __init__(self, environment: "Environment", variables: dict):
        self.environment = environment
        self.parent = {**environment.globals, **variables}
        self.vars: dict = {}
        self.exported_vars: set = set()

    def resolve_or_missing(self, key: str):
        if key in self.vars:
            return self.vars[key]
        return self.parent.get(key, missing)

    def call(self, function, *args, _loop_vars=None, _block_vars=None, **kwargs):
        return function(*args, **kwargs)


def _ignore_case(value):
    return value.lower() if isinstance(value, str) else value


def lookup_attribute(obj, attribute: str):
    """`x.name`, as Jinja2 reads it: an attribute, else an item, else undefined."""
    try:
        return getattr(obj, attribute)
    except AttributeError:
        pass
    try:
        return obj[attribute]
    except (TypeError, LookupError, AttributeError):
        return StrictUndefined(obj=obj, name=attribute)


def lookup_item(obj, key):
    """`x[key]`, as Jinja2 reads it: an item, else (for a string key) an attribute, else undefined."""
    try:
        return obj[key]
    except (AttributeError, TypeError, LookupError):
        if isinstance(key, str):
            try:
                return getattr(obj, key)
            except AttributeError:
                pass
        return StrictUndefined(obj=obj, name=key)


def attrgetter(attribute, postprocess=None):
    """Jinja2's make_attrgetter: a dotted path, its integer parts read as integers."""
    if attribute is None:
        parts = []
    elif isinstance(attribute, str):
        parts = [int(p) if p.isdigit() else p for p in attribute.split(".")]
    else:
        parts = [attribute]

    def get(item):
        for part in parts:
            item = lookup_item(item, part)
        return postprocess(item) if postprocess else item

    return get


class Environment:
    """What compiled code asks of `environment`: lookups, undefined, filters and tests."""

    undefined = StrictUndefined
    is_async = False
    concat = "".join
    getattr = staticmethod(lookup_attribute)
    getitem = staticmethod(lookup_item)

    def __init__(self, filters: dict, tests: dict, globals: dict):
        self.filters, self.tests, self.globals = filters, tests, globals

    def render(self, root, variables: dict) -> str:
        """What Jinja2's Template.render does: the root function's pieces, joined."""
        return self.concat(root(Context(self, variables)))


# Jinja2's built-in filters that the answer templates use, with Jinja2's
# defaults; each is called as `filter(value, *arguments)`.
def _join(value, d: str = "", attribute=None) -> str:
    if attribute is not None:
        value = map(attrgetter(attribute), value)
    return str(d).join(map(str, value))


def _truncate(s: str, length: int = 255, killwords: bool = False, end: str = "...", leeway: int = 5) -> str:
    assert length >= len(end), f"expected length >= {len(end)}, got {length}"
    if len(s) <= length + leeway:
        return s
    if killwords:
        return s[: length - len(end)] + end
    return s[: length - len(end)].rsplit(" ", 1)[0] + end


def _unique(value, case_sensitive: bool = False, attribute=None):
    key = attrgetter(attribute, None if case_sensitive else _ignore_case)
    seen = set()
    for item in value:
        if (k := key(item)) not in seen:
            seen.add(k)
            yield item


def _dictsort(value, case_sensitive: bool = False, by: str = "key", reverse: bool = False):
    if by not in ("key", "value"):
        raise TemplateRuntimeError('You can only sort by either "key" or "value"')
    pos = 0 if by == "key" else 1
    return sorted(value.items(), key=lambda item: item[pos] if case_sensitive else _ignore_case(item[pos]),
                  reverse=reverse)


def _selectattr(seq, attribute, test: str | None = None, *args):
    get = attrgetter(attribute)
    if test is None:
        return (item for item in seq if get(item))
    check = TESTS[test]
    return (item for item in seq if check(get(item), *args))


FILTERS = {
    "dictsort": _dictsort, "join": _join, "length": len, "count": len, "list": list,
    "lower": lambda s: str(s).lower(), "upper": lambda s: str(s).upper(),
    "selectattr": _selectattr, "truncate": _truncate, "unique": _unique,
}
TESTS = {
    "defined": lambda value: not isinstance(value, Undefined),
    "undefined": lambda value: isinstance(value, Undefined),
    "none": lambda value: value is None,
    "true": lambda value: value is True,
    "false": lambda value: value is False,
}
GLOBALS = {"range": range, "dict": dict}
