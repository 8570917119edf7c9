"""The reference implementation's test cases, transcribed from their sources.

Two sources give cases with inputs and an expected progress status:

* **open-sdg/open-sdg**, ``tests/features/ProgressStatus.feature`` (commit 7ed987a0438b):
  the platform's acceptance tests state the status shown for indicators 1-5-3
  ("Deterioration") and 1-5-4 ("On track", the label of ``substantial_progress``). Their
  options are in ``tests/data/indicator-config/1-5-3.yml`` (7ed987a0438b) and ``1-5-4.yml``
  (11426863cef9), their data in ``tests/data/data/indicator_1-5-3.csv`` (509eac93eb04) and
  ``indicator_1-5-4.csv`` (325a118464b2). The same feature's third scenario ("Target
  achieved" on the goal 1 page) comes from a status typed by hand in 1-5-2.yml
  (``progress_status: target_achieved``), not from a calculation, so it is not a case here.
* **open-sdg/sdg-build**, the assets of its progress test (``tests/ProgressMeasure_test.py``,
  commit 44027aee6e68, which runs the calculation on them and prints the result):
  ``tests/assets/progress-calculation/indicator-config/{1-1-1,3-3-3}.yml`` with
  ``data/indicator_{1-1-1,3-3-3}.csv`` (commits 0c95e41d373c, 568d7d38307b, 513547703ec3),
  and the configured pairs under ``indicator-config/temp/`` and ``data/temp/`` (44027aee6e68;
  ``temp/17-8-1.yml`` at 513547703ec3). The test script asserts nothing, so the expected
  status of each is what the reference code (``sdg/ProgressMeasure.py``, 139fede74ba5:
  ``SeriesProgress`` and ``get_progress_status``) yields on it, worked out from its formulas;
  ``test_reference_cases.py`` also recomputes each with a float transcription of those
  formulas and checks the two agree.

Each series is the headline series the reference selects (the rows whose disaggregation
columns are all empty), or for open-sdg the disaggregation its options name.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from planengine import Direction

OPEN_SDG = "open-sdg/open-sdg tests/features/ProgressStatus.feature@7ed987a0438b"
SDG_BUILD = "open-sdg/sdg-build tests/assets/progress-calculation@513547703ec3"
SDG_BUILD_TEMP = "open-sdg/sdg-build tests/assets/progress-calculation/*/temp@44027aee6e68"


@attrs.frozen
class ReferenceCase:
    """One series with the reference's options and the status the reference gives it.

    ``direction`` is the reference's ``direction`` option, whose default is "negative"
    (a decrease); planengine takes it explicitly. ``target`` is the option as written;
    ``reference_target`` is what the reference computes with (0 becomes 0.001).
    """

    id: str
    source: str
    series: dict[int, Decimal]
    direction: Direction
    expected: str
    target: Decimal | None = None
    target_year: int = 2030
    base_year: int = 2015
    limit: Decimal | None = None
    note: str = ""

    @property
    def reference_target(self) -> Decimal | None:
        return Decimal("0.001") if self.target == 0 else self.target


def _series(text: str) -> dict[int, Decimal]:
    pairs = (item.split(":") for item in text.split())
    return {int(year): Decimal(value) for year, value in pairs}


CASES = (
    ReferenceCase(
        "open-sdg 1-5-3",
        OPEN_SDG,
        _series("2015:10 2016:30"),
        Direction.DECREASE,
        "deterioration",
        target=Decimal(1),
        limit=Decimal(1),
        note="direction negative, target 1 by 2030, unit Percent, Group1 A / Group2 X; the feature expects "
        "'Deterioration'; the limit is ignored because a target is given",
    ),
    ReferenceCase(
        "open-sdg 1-5-4",
        OPEN_SDG,
        _series("2015:5 2016:6"),
        Direction.INCREASE,
        "substantial_progress",
        target=Decimal(9),
        limit=Decimal(9),
        note="direction positive, target 9 by 2030, unit Total, Group1 'single disaggregation'; the feature "
        "expects 'On track', the label of substantial_progress",
    ),
    ReferenceCase(
        "sdg-build 1-1-1",
        SDG_BUILD,
        _series("2020:100 2021:120"),
        Direction.DECREASE,
        "deterioration",
        note="no options but auto_progress_calculation: the defaults apply (direction negative, base year "
        "2015, which has no data, so 2020)",
    ),
    ReferenceCase(
        "sdg-build 3-3-3",
        SDG_BUILD,
        _series("2010:1.51 2011:1.51 2012:1.38 2013:1.4 2014:1.27 2015:1.55 2016:1.69 2017:1.65 2018:1.62 2019:1.82"),
        Direction.DECREASE,
        "deterioration",
        target=Decimal(0),
        note="direction negative, target 0, which the reference replaces by 0.001",
    ),
    ReferenceCase(
        "sdg-build temp/1-2-1",
        SDG_BUILD_TEMP,
        _series("2015:14.5 2016:12.8 2017:11.7 2018:11 2019:10.1"),
        Direction.DECREASE,
        "substantial_progress",
        target=Decimal("7.25"),
    ),
    ReferenceCase(
        "sdg-build temp/1-a-2",
        SDG_BUILD_TEMP,
        _series("2015:57.781 2016:58.964 2017:58.478 2018:57.519 2019:56.143"),
        Direction.INCREASE,
        "deterioration",
    ),
    ReferenceCase(
        "sdg-build temp/3-1-1",
        SDG_BUILD_TEMP,
        _series(
            "2015:7.060817171907362 2016:6.264650145392089 2017:6.625886543619536 "
            "2018:8.555028886589724 2019:7.526112923948628"
        ),
        Direction.DECREASE,
        "target_achieved",
        target=Decimal(70),
    ),
    ReferenceCase(
        "sdg-build temp/3-2-1",
        SDG_BUILD_TEMP,
        _series("2015:5.3 2016:5.29 2017:5.16 2018:5.36 2019:5.07"),
        Direction.DECREASE,
        "target_achieved",
        target=Decimal(25),
    ),
    ReferenceCase(
        "sdg-build temp/3-2-2",
        SDG_BUILD_TEMP,
        _series("2015:4.5 2016:4.5 2017:4.5 2018:4.7 2019:4.4"),
        Direction.DECREASE,
        "target_achieved",
        target=Decimal(12),
    ),
    ReferenceCase(
        "sdg-build temp/3-3-1",
        SDG_BUILD_TEMP,
        _series(
            "1995:9.96 1996:9.16 1997:8.06 1998:7.3 1999:6.89 2000:6.4 2001:6.75 2002:7.37 2003:7.34 "
            "2004:7.29 2005:7.13 2006:7.19 2007:6.88 2008:7.39 2009:6.57 2010:6.32 2011:6.18 2012:5.53 "
            "2013:5.5 2014:5.41 2015:5.44 2016:5.98 2017:5.88 2018:6.19 2019:5.64"
        ),
        Direction.DECREASE,
        "deterioration",
        note="data from 1995; the years before the base year 2015 are not used",
    ),
    ReferenceCase(
        "sdg-build temp/17-8-1",
        SDG_BUILD_TEMP,
        _series("2018:91.3 2020:92.3"),
        Direction.INCREASE,
        "moderate_progress",
        note="no data for 2015, so the base year is the next year with data, 2018",
    ),
)
