// Validates rendered Kubernetes manifests (YAML on stdin, as `kubectl kustomize` prints them) against the
// Kubernetes API schemas and the CloudNativePG and Gateway API CRD schemas, offline: no cluster is needed.
import { parseAllDocuments } from "yaml";

const packages = {
    "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
    "gateway.networking.k8s.io": "@kubernetes-models/gateway-api",
};

async function modelFor(apiVersion, kind) {
    const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
    const module = group === null ? "kubernetes-models/v1" : `${packages[group] ?? "kubernetes-models"}/${group}/${version}`;
    const models = await import(module).catch(() => ({}));
    return models[kind];
}

const input = await new Promise((resolve) => {
    let text = "";
    process.stdin.setEncoding("utf8").on("data", (chunk) => (text += chunk)).on("end", () => resolve(text));
});

let failures = 0;
let count = 0;
for (const document of parseAllDocuments(input)) {
    if (document.errors.length > 0) {
        console.error(`YAML error: ${document.errors[0].message}`);
        failures++;
        continue;
    }
    const manifest = document.toJS();
    if (manifest === null) continue;
    count++;
    const name = `${manifest.kind}/${manifest.metadata?.name}`;
    const Model = await modelFor(manifest.apiVersion ?? "", manifest.kind ?? "");
    if (!Model) {
        console.error(`${name}: no schema known for ${manifest.apiVersion} ${manifest.kind}`);
        failures++;
        continue;
    }
    try {
        new Model(manifest).validate();
        console.log(`ok    ${manifest.apiVersion} ${name}`);
    } catch (error) {
        console.error(`FAIL  ${manifest.apiVersion} ${name}: ${error.message}`);
        failures++;
    }
}
console.log(`${count} manifests, ${failures} invalid`);
process.exit(failures === 0 && count > 0 ? 0 : 1);
