// The generated nodejs SDKs on the real @pulumi/pulumi runtime with mocks: the embedded schema's
// package (aws) and the features schema's (tests/python/schemas/features.json), compiled by
// tests/run into $SCHEMAGEN_NODE_PKGS/<name>/bin.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const pulumi = require("@pulumi/pulumi");

const pkgs = process.env.SCHEMAGEN_NODE_PKGS;
assert.ok(pkgs, "SCHEMAGEN_NODE_PKGS names the folder of the compiled packages");

const registered = [];
const invokes = [];
pulumi.runtime.setMocks(
    {
        newResource(args) {
            registered.push(args);
            const state = { ...args.inputs };
            if (args.type === "features:storage:Bucket") {
                state.arn = `arn:${args.name}`;
            }
            return { id: args.id ?? `${args.name}-id`, state };
        },
        call(args) {
            invokes.push(args);
            if (args.token === "features:storage:getBucket") {
                return { arn: `arn:${args.inputs.name}`, tier: "cold" };
            }
            return {};
        },
    },
    "project",
    "stack",
    false,
);

const aws = require(path.join(pkgs, "aws/bin"));
const features = require(path.join(pkgs, "features/bin"));

/** The value of an output, once the mocks have resolved it. */
function value(o) {
    return new Promise((resolve) => o.apply(resolve));
}

function find(name) {
    const r = registered.filter((a) => a.name === name);
    assert.equal(r.length, 1, `one registration named ${name}`);
    return r[0];
}

test("IntegrationResponse registers its type token and camelCase inputs", async () => {
    const r = new aws.apigateway.IntegrationResponse("ir", {
        restApi: "api-1",
        resourceId: "res-1",
        httpMethod: "GET",
        statusCode: "200",
        responseTemplates: { "application/json": "{}" },
    });
    assert.equal(await value(r.statusCode), "200");
    const reg = find("ir");
    assert.equal(reg.type, "aws:apigateway/integrationResponse:IntegrationResponse");
    assert.equal(reg.inputs.restApi, "api-1");
    assert.equal(reg.inputs.resourceId, "res-1");
    assert.equal(reg.inputs.httpMethod, "GET");
    assert.deepEqual(reg.inputs.responseTemplates, { "application/json": "{}" });
    assert.ok(aws.apigateway.IntegrationResponse.isInstance(r));
    assert.ok(!aws.apigateway.IntegrationResponse.isInstance({}));
});

test("a missing required input is an error naming it", () => {
    assert.throws(() => new aws.apigateway.IntegrationResponse("bad", { restApi: "a", resourceId: "b", statusCode: "200" }),
        /Missing required property 'httpMethod'/);
    assert.throws(() => new features.storage.Bucket("no-rules", {}), /Missing required property 'rules'/);
});

test("nested input types, enums, defaults, environment defaults, consts and secrets", async () => {
    process.env.FEATURES_SIZE = "2.5";
    const b = new features.storage.Bucket("b", {
        rules: [{ days: 3, tier: features.storage.Tier.Cold }, { days: 7 }],
        password: "hunter2",
        level: features.storage.Level.Level_2,
    });
    assert.equal(await value(b.arn), "arn:b");
    const reg = find("b");
    assert.equal(reg.type, "features:storage:Bucket");
    assert.deepEqual(reg.inputs.rules, [{ days: 3, tier: "cold" }, { days: 7 }]);
    assert.equal(reg.inputs.bucketName, "default-bucket");
    assert.equal(reg.inputs.tier, "hot");
    assert.equal(reg.inputs.size, 2.5);
    assert.equal(reg.inputs.kind, "bucket");
    assert.equal(reg.inputs.level, 2);
    assert.equal(features.storage.Tier.Cold, "cold");
    assert.equal(await pulumi.isSecret(b.password), true, "a secret input arrives as a secret");
    assert.equal(await value(b.password), "hunter2");
    assert.equal(await pulumi.isSecret(b.arn), false);
});

test("an invoke in plain and Output form", async () => {
    const plain = await features.storage.getBucket({ name: "x" });
    assert.equal(plain.arn, "arn:x");
    assert.equal(plain.tier, "cold");
    const out = features.storage.getBucketOutput({ name: pulumi.output("y") });
    assert.ok(pulumi.Output.isInstance(out));
    assert.equal((await value(out)).arn, "arn:y");
    const tokens = invokes.map((i) => i.token);
    assert.deepEqual(tokens.filter((t) => t === "features:storage:getBucket").length, 2);
    assert.deepEqual(invokes.find((i) => i.inputs.name === "y").inputs, { name: "y" });
});

test("get reads a resource by ID with its state", async () => {
    const got = features.storage.Bucket.get("found", "bucket-7", { bucketName: "named" });
    assert.equal(await value(got.id), "bucket-7");
    assert.equal(await value(got.bucketName), "named");
    const reg = find("found");
    assert.equal(reg.id, "bucket-7");
    assert.equal(reg.type, "features:storage:Bucket");
    assert.equal(reg.inputs.bucketName, "named");
});
