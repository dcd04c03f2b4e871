"""A small typed program over the generated package; tests/run type-checks it with mypy."""
from typing import Optional

import pulumi
import pulumi_aws as aws
from pulumi_aws.apigateway import IntegrationResponse, IntegrationResponseArgs


def make(name: str, status: str) -> IntegrationResponse:
    args = IntegrationResponseArgs(rest_api="api", resource_id="res", http_method="GET", status_code=status)
    return IntegrationResponse(name, args, opts=pulumi.ResourceOptions(protect=False))


def keyword(name: str) -> aws.apigateway.IntegrationResponse:
    return aws.apigateway.IntegrationResponse(
        name, rest_api="api", resource_id="res", http_method="GET", status_code="200",
        response_templates={"application/json": ""})


def status_of(r: IntegrationResponse) -> pulumi.Output[str]:
    return r.status_code


def templates_of(r: IntegrationResponse) -> pulumi.Output[Optional[dict]]:
    return r.response_templates.apply(lambda t: dict(t) if t is not None else None)
