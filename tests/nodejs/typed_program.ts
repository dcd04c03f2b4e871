// A small program typed against the generated packages: tsc --strict must accept it, and must
// reject each line marked @ts-expect-error (the types are real, not `any`).
import * as pulumi from "@pulumi/pulumi";
import * as aws from "./aws";
import * as features from "./features";

const ir = new aws.apigateway.IntegrationResponse("ir", {
    restApi: "api",
    resourceId: pulumi.output("res"),
    httpMethod: "GET",
    statusCode: "200",
    responseParameters: { "method.response.header.X": "'x'" },
});
export const status: pulumi.Output<string> = ir.statusCode;
export const handling: pulumi.Output<string | undefined> = ir.contentHandling;

// @ts-expect-error: httpMethod is required
new aws.apigateway.IntegrationResponse("missing", { restApi: "a", resourceId: "b", statusCode: "200" });
// @ts-expect-error: statusCode is a string
new aws.apigateway.IntegrationResponse("wrong", { restApi: "a", resourceId: "b", httpMethod: "GET", statusCode: 200 });

const bucket = new features.storage.Bucket("b", {
    rules: [{ days: 1, tier: features.storage.Tier.Cold }],
    level: features.storage.Level.Level_2,
});
export const tier: pulumi.Output<features.storage.Tier | undefined> = bucket.tier;
// @ts-expect-error: "lukewarm" is not a Tier
new features.storage.Bucket("c", { rules: [{ days: 1, tier: "lukewarm" }] });

export const found: Promise<features.storage.GetBucketResult> = features.storage.getBucket({ name: "b" });
export const foundArn: pulumi.Output<string> = features.storage.getBucketOutput({ name: pulumi.output("b") }).arn;
export const read: features.storage.Bucket = features.storage.Bucket.get("r", "id", { bucketName: "n" });
