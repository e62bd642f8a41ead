"""What mounting a components v2 component returns (1.67's `ComponentResult`)."""

from __future__ import annotations

from typing import Any


class ComponentResult(dict[str, Any]):
    """The component's state and trigger values, read as keys or attributes.

    State values stay until the component changes them; trigger values are
    set only in the run their event caused, else None. A state and a trigger
    of the same name: the state wins (1.67)."""

    def __init__(self, state: dict[str, Any] | None = None, triggers: dict[str, Any] | None = None) -> None:
        super().__init__({**(triggers or {}), **(state or {})})

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}") from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value

    def __delattr__(self, name: str) -> None:
        try:
            del self[name]
        except KeyError:
            raise AttributeError(name) from None


BidiComponentResult = ComponentResult
