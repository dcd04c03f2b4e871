"""The generated `pulumi_aws` package on the real Pulumi runtime, with mocks."""
import pulumi
import pytest

import pulumi_aws as aws

TOKEN = "aws:apigateway/integrationResponse:IntegrationResponse"


@pulumi.runtime.test
def test_keyword_form_registers_type_and_camel_case_inputs(mocks):
    r = aws.apigateway.IntegrationResponse(
        "kw",
        rest_api="api-1",
        resource_id="res-1",
        http_method="GET",
        status_code="200",
        response_templates={"application/json": "$input.body"},
        selection_pattern="-",
    )

    def check(values):
        urn, status = values
        reg = [a for a in mocks.resources if a.name == "kw"][0]
        assert reg.typ == TOKEN
        assert reg.inputs == {
            "restApi": "api-1",
            "resourceId": "res-1",
            "httpMethod": "GET",
            "statusCode": "200",
            "responseTemplates": {"application/json": "$input.body"},
            "selectionPattern": "-",
        }
        assert TOKEN in urn
        assert status == "200"

    return pulumi.Output.all(r.urn, r.status_code).apply(check)


@pulumi.runtime.test
def test_args_form_gives_the_same_outputs(mocks):
    args = aws.apigateway.IntegrationResponseArgs(
        rest_api="api-2", resource_id="res-2", http_method="POST", status_code="201",
        response_parameters={"method.response.header.X": "integration.response.header.Y"})
    r = aws.apigateway.IntegrationResponse("args", args)

    def check(values):
        rest_api, method, params, templates = values
        assert rest_api == "api-2"
        assert method == "POST"
        assert params == {"method.response.header.X": "integration.response.header.Y"}
        assert templates is None
        reg = [a for a in mocks.resources if a.name == "args"][0]
        assert reg.inputs["responseParameters"] == {"method.response.header.X": "integration.response.header.Y"}
        assert "response_parameters" not in reg.inputs

    return pulumi.Output.all(r.rest_api, r.http_method, r.response_parameters, r.response_templates).apply(check)


@pulumi.runtime.test
def test_get_reads_existing_state(mocks):
    r = aws.apigateway.IntegrationResponse.get("existing", "some-id", status_code="204")
    assert isinstance(r, aws.apigateway.IntegrationResponse)

    def check(values):
        rid, urn = values
        assert rid == "some-id"
        assert TOKEN in urn
        read = [a for a in mocks.resources if a.name == "existing"][0]
        assert read.typ == TOKEN
        assert read.resource_id == "some-id"
        assert read.inputs == {"statusCode": "204"}

    return pulumi.Output.all(r.id, r.urn).apply(check)


def test_missing_required_input_names_it(mocks):
    with pytest.raises(TypeError, match="Missing required property 'status_code'"):
        aws.apigateway.IntegrationResponse("bad", rest_api="a", resource_id="b", http_method="GET")


@pulumi.runtime.test
def test_invoke_through_a_generated_function(mocks, output_funcs_sdk):
    import pulumi_mypkg

    plain = pulumi_mypkg.func_with_list_param(a=["x", "y"], b="z")
    assert plain.r == "result-of-['x', 'y']"
    out = pulumi_mypkg.func_with_default_value_output(a="v")
    inv = [i for i in mocks.invokes if i.token == "mypkg::funcWithListParam"][0]
    assert inv.args == {"a": ["x", "y"], "b": "z"}

    def check(result):
        assert result.r == "result-of-v"

    return out.apply(check)


@pulumi.runtime.test
def test_references_rehydrate_through_the_registered_module(mocks):
    from google.protobuf import struct_pb2
    from pulumi.runtime import rpc

    r = aws.apigateway.IntegrationResponse("orig", rest_api="a", resource_id="b", http_method="GET", status_code="200")
    p = aws.Provider("prov")

    def check(urns):
        urn, provider_urn = urns
        ref = struct_pb2.Struct()
        ref.update({"urn": urn, "type": TOKEN, "name": "orig", "packageVersion": ""})
        back = rpc.deserialize_resource(ref)
        assert isinstance(back, aws.apigateway.IntegrationResponse)
        module = rpc.get_resource_module("aws", "apigateway/integrationResponse", "")
        # The registries compare semver objects (`packageVersion` lookups), not strings.
        import semver
        assert module is not None and isinstance(module.version(), semver.Version)
        assert rpc.get_resource_module("aws", "apigateway/integrationResponse", str(module.version())) is module
        provider = rpc.get_resource_package("aws", "")
        assert provider is not None
        prov_ref = struct_pb2.Struct()
        prov_ref.update({"urn": provider_urn, "type": "pulumi:providers:aws", "name": "prov", "packageVersion": ""})
        assert isinstance(rpc.deserialize_resource(prov_ref), aws.Provider)

    return pulumi.Output.all(r.urn, p.urn).apply(check)
