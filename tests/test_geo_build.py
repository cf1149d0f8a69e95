"""Building blocks of the packaged gazetteer: country points and region points."""

import pytest

from eventwire.geo.build import _admin1_area_points, _country_point, _macroregion_point
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


def _city(gid: int, lat: float, lon: float, admin1: str, iso2: str = "QX") -> tuple[str, dict]:
    return str(gid), {"geonameid": gid, "latitude": lat, "longitude": lon,
                      "countrycode": iso2, "admin1code": admin1, "population": 1000}


def _rect(lon0: float, lon1: float, lat0: float, lat1: float) -> list[list[float]]:
    return [[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0]]


def test_admin1_point_is_the_middle_of_its_share_of_the_country_not_of_its_cities():
    # Region A has five cities crowded in the west, region B one city; the country is
    # split between them by nearest city (boundary at lon 3), plus a far islet without
    # cities that no region takes.
    cities = dict([_city(i, 2.0, 0.2 * i, "A") for i in range(1, 6)] + [_city(9, 2.0, 5.0, "B")])
    shape = {"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [
        [_rect(0.0, 7.0, 0.0, 4.0)], [_rect(40.0, 41.0, 0.0, 1.0)]]}}]}
    points = _admin1_area_points(cities, {"QX": {"geoJSON": shape}})
    assert set(points) == {("QX", "A"), ("QX", "B")}
    assert haversine_km(points[("QX", "A")], (2.0, 1.5)) < 25
    assert haversine_km(points[("QX", "B")], (2.0, 5.0)) < 25


def test_admin1_area_points_skip_countries_without_a_shape():
    assert _admin1_area_points(dict([_city(1, 2.0, 2.0, "A")]), {}) == {}
