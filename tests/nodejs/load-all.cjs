// Loads a compiled package on the real @pulumi/pulumi runtime with mocks and uses everything it
// exports: every module (lazy ones too), every resource class constructed (with no inputs, with
// a value for every input, with inputs present only when a required check looks) and read back
// with `get`, every function invoked. The schema's texts call PWNED(): defined here as a write of
// the marker file, it runs only if a text became code. Prints what it used, as JSON on a line
// of its own after `load-all: ` (the runtime's warnings go to stdout too).
// Usage: node load-all.cjs PACKAGE_BIN_DIR MARKER_FILE
"use strict";
const fs = require("node:fs");
const pulumi = require("@pulumi/pulumi");

const [bin, marker] = process.argv.slice(2);
if (!bin || !marker) {
    console.error("usage: node load-all.cjs PACKAGE_BIN_DIR MARKER_FILE");
    process.exit(2);
}
globalThis.PWNED = () => fs.writeFileSync(marker, "a schema text ran as code\n");
// The runtime rejects what the mocks cannot answer (missing inputs, unknown invokes): those are
// the calls' own outcomes, not what this script looks for.
process.on("unhandledRejection", () => {});

pulumi.runtime.setMocks(
    {
        newResource: (args) => ({ id: `${args.name}-id`, state: { ...args.inputs } }),
        call: () => ({}),
    },
    "project",
    "stack",
    false,
);

/** Inputs that hold a value the first time each is read: a required check sees it, the
 * assignment after it does not, so the schema's defaults apply. */
function seenOnce() {
    const seen = new Set();
    return new Proxy({}, {
        get(_, key) {
            if (typeof key !== "string" || seen.has(key)) return undefined;
            seen.add(key);
            return "v";
        },
    });
}
const everyInput = () => new Proxy({}, { get: (_, key) => (typeof key === "string" ? "v" : undefined) });

const used = { modules: 0, resources: 0, functions: 0, failures: 0 };
const attempt = (f) => {
    try {
        const r = f();
        if (r && typeof r.then === "function") r.then(undefined, () => {});
    } catch {
        used.failures++;
    }
};

const visited = new Set();
function walk(obj, depth) {
    if (obj === null || typeof obj !== "object" || visited.has(obj) || depth > 6) return;
    visited.add(obj);
    used.modules++;
    for (const key of Object.keys(obj)) {
        let v;
        try {
            v = obj[key];
        } catch {
            used.failures++;
            continue;
        }
        if (typeof v === "function" && typeof v.__pulumiType === "string") {
            used.resources++;
            let n = 0;
            for (const args of [undefined, {}, everyInput(), seenOnce()]) {
                attempt(() => new v(`r${used.resources}-${n++}`, args));
            }
            if (typeof v.get === "function") attempt(() => v.get(`g${used.resources}`, "id"));
            attempt(() => v.isInstance({}));
        } else if (typeof v === "function") {
            used.functions++;
            attempt(() => v({}));
            attempt(() => v(everyInput()));
        } else {
            walk(v, depth + 1);
        }
    }
}

walk(require(bin), 0);
setTimeout(() => {
    console.log(`load-all: ${JSON.stringify(used)}`);
    if (fs.existsSync(marker)) {
        console.error("the marker file was written: a schema text ran as code");
        process.exit(1);
    }
}, 300);
