"""Schemathesis against the OpenAPI description of the OParl API, on the demo:
no 5xx, and no response that breaks the description (status, content type,
body schema), for generated requests to every operation."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.web.public_crawl import demo_api  # noqa: F401  (a fixture)


def test_the_api_keeps_to_its_description(demo_api) -> None:  # noqa: ANN001, F811
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", demo_api.application)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20
    for operation in operations:

        @given(operation.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case) -> None:  # noqa: ANN001
            case.call_and_validate()

        check()
