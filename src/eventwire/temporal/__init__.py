"""Time expressions in news text: find them, resolve them against the publication date."""

from eventwire.temporal.tagger import TimeExpression, find_time_expressions, resolve_expression

__all__ = ["TimeExpression", "find_time_expressions", "resolve_expression"]
