"""Building blocks of the packaged gazetteer: country points and region points."""

import pytest

from eventwire.geo.build import _country_point, _macroregion_point
from eventwire.geo.rank import haversine_km


def _square(lat: float, lon: float, d: float = 1.0) -> dict:
    ring = [[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d],
            [lon - d, lat - d]]
    return {"features": [{"geometry": {"type": "Polygon", "coordinates": [ring]}}]}


@pytest.mark.parametrize(("latlng", "expected"), [
    ([10.5, 20.5], (10.0, 20.0)),   # packaged point near the polygon centre: the centre
    ([14.0, 20.0], (14.0, 20.0)),   # far from it (spread-out country): the packaged point
])
def test_country_point_prefers_polygon_centre_unless_far(latlng, expected):
    point = _country_point({"latlng": latlng, "geoJSON": _square(10.0, 20.0)})
    assert haversine_km(point, expected) < 1.0


def test_country_point_falls_back_to_whichever_exists():
    assert _country_point({"latlng": [5, 6]}) == (5.0, 6.0)
    assert haversine_km(_country_point({"geoJSON": _square(-3.0, 7.0)}), (-3.0, 7.0)) < 1.0
    assert _country_point({}) is None


def test_region_point_is_spherical_mean_across_the_date_line():
    lat, lon = _macroregion_point([(0.0, 179.0, 100.0, 0), (0.0, -179.0, 100.0, 0)])
    assert abs(lat) < 1e-6 and abs(abs(lon) - 180.0) < 1e-6
