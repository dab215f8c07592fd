"""The period a view opens on: the densest recent stretch of article publication dates.

Event dates are a poor guide (one background mention, "by 2015", or a single late article moves
the latest event date years away from the news); publication dates are what was read. Articles
dated the day they were ingested because they carried no date are left out.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta


def densest_window(day_counts: list[tuple[str, int]], days: int) -> tuple[str, str] | None:
    """(since, until) of the `days`-long window holding the most articles, ending on an article day;
    the most recent such window on a tie. None when there are no dated articles."""
    points = sorted((date.fromisoformat(d[:10]), n) for d, n in day_counts if d)
    if not points:
        return None
    ordinals = [p.toordinal() for p, _ in points]
    cumulative = [0]
    for _, n in points:
        cumulative.append(cumulative[-1] + n)
    best, best_end = -1, points[-1][0]
    for i, (end, _) in enumerate(points):
        lo = bisect_left(ordinals, end.toordinal() - days + 1)
        hi = bisect_right(ordinals, end.toordinal())
        total = cumulative[hi] - cumulative[lo]
        if total >= best:  # >=: the later window wins a tie
            best, best_end = total, end
    return (best_end - timedelta(days=days - 1)).isoformat(), best_end.isoformat()


__all__ = ["densest_window"]
