"""A small typed program over two more generated packages (the features schema and the shared
output-funcs fixture); tests/run type-checks it with mypy."""
from typing import List, Optional

import pulumi
import pulumi_features as features
import pulumi_mypkg as mypkg
from pulumi_features.storage import Bucket, RuleArgs, RuleArgsDict, Tier


def bucket(name: str) -> Bucket:
    as_dict: RuleArgsDict = {"days": 3, "tier": Tier.COLD}
    rules: List[pulumi.Input[RuleArgs]] = [RuleArgs(days=7)]
    return Bucket(name, rules=[as_dict, *rules], password=pulumi.Output.secret("pw"))


def arn_of(b: Bucket) -> pulumi.Output[str]:
    return b.arn


def tier_of(b: Bucket) -> pulumi.Output[Optional[Tier]]:
    return b.tier


def looked_up(name: str) -> str:
    result = features.storage.get_bucket(name=name)
    return result.arn


def listed() -> pulumi.Output[str]:
    return mypkg.func_with_list_param_output(a=["x"], b="y").apply(lambda r: r.r)


def stack(prefix: str, provider: features.Provider) -> features.Stack:
    return features.Stack("s", prefix=prefix, opts=pulumi.ResourceOptions(provider=provider))
