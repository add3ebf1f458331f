// Validates rendered Kubernetes manifests (YAML on stdin, as `kubectl kustomize` prints them), offline: no cluster
// is needed. Two passes:
//  1. every object against its schema: the Kubernetes API (kubernetes-models), the CloudNativePG, Gateway API and
//     Prometheus Operator CRDs (@kubernetes-models/*), and the Barman Cloud plugin's ObjectStore, checked here
//     (validateObjectStore: no npm package models it);
//  2. policies over the whole set (checkPolicies): what makes the databases restorable and everything monitored.
import { parseAllDocuments } from "yaml";
import { BarmanObjectStoreConfiguration } from "@kubernetes-models/cloudnative-pg/github.com/cloudnative-pg/barman-cloud/pkg/api";
import { EnvVar, ResourceRequirements } from "kubernetes-models/v1";

const packages = {
    "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
    "gateway.networking.k8s.io": "@kubernetes-models/gateway-api",
    "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

// The major of PostgreSQL the tests run on (platform's PostgresServer and deploy/compose.yaml: postgres:15-alpine).
const POSTGRES_MAJOR = 15;
const BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";
const MONITORING_NAMESPACE = "monitoring";
// The ports of a CloudNativePG instance pod, by name (the operator makes them; the exporter is "metrics").
const CNPG_INSTANCE_PORTS = { postgresql: 5432, status: 8000, metrics: 9187 };

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
const list = (value) => (Array.isArray(value) ? value : []);

// barmancloud.cnpg.io/v1 ObjectStore: no package on npm models the plugin's CRD. Its spec.configuration is the
// barman-cloud BarmanObjectStoreConfiguration that CloudNativePG's own barmanObjectStore uses (the plugin's docs say
// so), whose schema @kubernetes-models/cloudnative-pg carries; the rest of the spec is checked by hand against the
// plugin's CRD (config/crd/bases/barmancloud.cnpg.io_objectstores.yaml), unknown fields included.
function validateObjectStore(manifest) {
    const errors = [];
    const check = (path, model, value) => {
        try {
            new model(value).validate();
        } catch (error) {
            errors.push(`${path}: ${error.message}`);
        }
    };
    if (typeof manifest.metadata?.name !== "string" || manifest.metadata.name === "") errors.push("metadata.name is required");
    const spec = manifest.spec;
    if (!isObject(spec)) return [...errors, "spec is required"];
    for (const key of Object.keys(spec)) {
        if (!["configuration", "retentionPolicy", "instanceSidecarConfiguration"].includes(key)) errors.push(`spec.${key} is not a field of ObjectStore`);
    }
    if (!isObject(spec.configuration)) {
        errors.push("spec.configuration is required");
    } else {
        check("spec.configuration", BarmanObjectStoreConfiguration, spec.configuration);
        if (spec.configuration.serverName) errors.push("spec.configuration.serverName must stay empty (the Cluster's plugin parameter serverName sets it)");
    }
    if (spec.retentionPolicy !== undefined && !(typeof spec.retentionPolicy === "string" && /^[1-9][0-9]*[dwm]$/.test(spec.retentionPolicy))) {
        errors.push(`spec.retentionPolicy must be a number of days, weeks or months (e.g. 30d), not ${JSON.stringify(spec.retentionPolicy)}`);
    }
    const sidecar = spec.instanceSidecarConfiguration;
    if (sidecar !== undefined) {
        if (!isObject(sidecar)) {
            errors.push("spec.instanceSidecarConfiguration must be an object");
        } else {
            for (const [key, value] of Object.entries(sidecar)) {
                if (key === "resources") check("spec.instanceSidecarConfiguration.resources", ResourceRequirements, value);
                else if (key === "env") Array.isArray(value) ? value.forEach((env, i) => check(`spec.instanceSidecarConfiguration.env[${i}]`, EnvVar, env))
                    : errors.push(`spec.instanceSidecarConfiguration.${key} must be a list`);
                else if (key === "retentionPolicyIntervalSeconds") Number.isInteger(value) || errors.push(`spec.instanceSidecarConfiguration.${key} must be an integer`);
                else if (key === "additionalContainerArgs") (Array.isArray(value) && value.every((a) => typeof a === "string")) || errors.push(`spec.instanceSidecarConfiguration.${key} must be a list of strings`);
                else errors.push(`spec.instanceSidecarConfiguration.${key} is not a field of ObjectStore`);
            }
        }
    }
    return errors;
}

const local = {
    "barmancloud.cnpg.io/v1": { ObjectStore: validateObjectStore },
};

async function validatorFor(apiVersion, kind) {
    if (local[apiVersion]?.[kind]) return local[apiVersion][kind];
    const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : [null, apiVersion];
    const module = group === null ? "kubernetes-models/v1" : `${packages[group] ?? "kubernetes-models"}/${group}/${version}`;
    const models = await import(module).catch(() => ({}));
    const Model = models[kind];
    if (!Model) return null;
    return (manifest) => {
        try {
            new Model(manifest).validate();
            return [];
        } catch (error) {
            return [error.message];
        }
    };
}

// A Kubernetes label selector (matchLabels and matchExpressions); an empty one selects everything.
function selects(selector, labels) {
    if (!isObject(selector)) return false;
    for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
        if (labels[key] !== value) return false;
    }
    for (const { key, operator, values = [] } of list(selector.matchExpressions)) {
        const has = Object.hasOwn(labels, key);
        if (operator === "In" && !(has && values.includes(labels[key]))) return false;
        if (operator === "NotIn" && has && values.includes(labels[key])) return false;
        if (operator === "Exists" && !has) return false;
        if (operator === "DoesNotExist" && has) return false;
    }
    return true;
}

const namespaceOf = (manifest) => manifest.metadata?.namespace ?? "";
const nameOf = (manifest) => `${manifest.kind}/${manifest.metadata?.name}`;

// The pods the set makes, as far as policies care: their labels and their ports by name.
function workloads(manifests) {
    const result = [];
    for (const m of manifests) {
        if (m.kind === "Deployment") {
            const ports = {};
            for (const container of list(m.spec?.template?.spec?.containers)) {
                for (const port of list(container.ports)) if (port.name) ports[port.name] = port.containerPort;
            }
            result.push({ manifest: m, labels: m.spec?.template?.metadata?.labels ?? {}, ports });
        } else if (m.kind === "Cluster" && m.apiVersion?.startsWith("postgresql.cnpg.io/")) {
            const labels = { ...(m.spec?.inheritedMetadata?.labels ?? {}), "cnpg.io/cluster": m.metadata?.name, "cnpg.io/podRole": "instance" };
            result.push({ manifest: m, labels, ports: { ...CNPG_INSTANCE_PORTS } });
        }
    }
    return result;
}

function podMonitorSelects(monitor, workload) {
    const namespace = namespaceOf(workload.manifest);
    const namespaces = monitor.spec?.namespaceSelector;
    const inNamespace = namespaces?.any === true || (namespaces?.matchNames ?? [namespaceOf(monitor)]).includes(namespace);
    return inNamespace && selects(monitor.spec?.selector, workload.labels);
}

// Whether a NetworkPolicy lets the monitoring namespace reach this port (number, and its name) of the workload's pods.
function allowsMonitoring(policy, workload, portName, portNumber) {
    const spec = policy.spec ?? {};
    if (namespaceOf(policy) !== namespaceOf(workload.manifest) || !selects(spec.podSelector, workload.labels)) return false;
    const types = spec.policyTypes ?? ["Ingress"];
    if (!types.includes("Ingress")) return false;
    const monitoring = { "kubernetes.io/metadata.name": MONITORING_NAMESPACE };
    return list(spec.ingress).some((rule) => {
        const from = list(rule.from);
        const fromMonitoring = from.length === 0 || from.some((peer) =>
            peer.namespaceSelector !== undefined && selects(peer.namespaceSelector, monitoring) && (peer.podSelector === undefined || selects(peer.podSelector, {})));
        const ports = list(rule.ports);
        const onPort = ports.length === 0 || ports.some((p) => (p.protocol ?? "TCP") === "TCP" && (p.port === undefined || p.port === portName
            || (typeof p.port === "number" && portNumber >= p.port && portNumber <= (p.endPort ?? p.port))));
        return fromMonitoring && onPort;
    });
}

function checkPolicies(manifests) {
    const failures = [];
    const of = (kind) => manifests.filter((m) => m.kind === kind);
    const clusters = of("Cluster").filter((m) => m.apiVersion?.startsWith("postgresql.cnpg.io/"));
    const objectStores = of("ObjectStore").filter((m) => m.apiVersion?.startsWith("barmancloud.cnpg.io/"));
    const scheduledBackups = of("ScheduledBackup");
    const podMonitors = of("PodMonitor");
    const networkPolicies = of("NetworkPolicy");
    const pods = workloads(manifests);

    // Every database: PostgreSQL of the tests' major, pinned to a minor; WAL archived by the Barman Cloud plugin to
    // an ObjectStore of the set; a scheduled base backup through the plugin (and no ScheduledBackup of a cluster
    // that is not there).
    for (const cluster of clusters) {
        const name = cluster.metadata?.name;
        const image = cluster.spec?.imageName;
        const tag = typeof image === "string" ? /:(\d+)\.(\d+)[^:/@]*(@sha256:[0-9a-f]{64})?$/.exec(image) : null;
        if (!tag || Number(tag[1]) !== POSTGRES_MAJOR) {
            failures.push(`Cluster/${name}: spec.imageName must pin PostgreSQL ${POSTGRES_MAJOR} with its minor (<image>:${POSTGRES_MAJOR}.<minor>…), `
                + `the major the tests run on; it is ${image === undefined ? "missing (the operator's default image)" : JSON.stringify(image)}`);
        }
        // Under the operator's default character classes (C), lower() leaves every letter outside ASCII as it is and
        // pg_trgm takes it for a separator: no trader named in Cyrillic, Greek, Arabic or Chinese would be matched.
        const ctype = cluster.spec?.bootstrap?.initdb?.localeCType;
        if (!/\.utf-?8$/i.test(ctype ?? "")) {
            failures.push(`Cluster/${name}: spec.bootstrap.initdb.localeCType must be a UTF-8 locale (C.UTF-8), so that `
                + `lower() and pg_trgm know letters outside ASCII; it is ${JSON.stringify(ctype)}`);
        }
        const plugin = list(cluster.spec?.plugins).find((p) => p.name === BARMAN_PLUGIN && p.enabled !== false);
        if (!plugin) {
            failures.push(`Cluster/${name}: no ${BARMAN_PLUGIN} plugin in spec.plugins: its WAL is archived nowhere`);
        } else {
            if (plugin.isWALArchiver !== true) failures.push(`Cluster/${name}: the ${BARMAN_PLUGIN} plugin is not the WAL archiver (isWALArchiver: true)`);
            const store = plugin.parameters?.barmanObjectName;
            if (!store) {
                failures.push(`Cluster/${name}: the ${BARMAN_PLUGIN} plugin names no ObjectStore (parameters.barmanObjectName)`);
            } else if (!objectStores.some((s) => s.metadata?.name === store && namespaceOf(s) === namespaceOf(cluster))) {
                failures.push(`Cluster/${name}: its ${BARMAN_PLUGIN} plugin archives to ObjectStore/${store}, which is not in the set`);
            }
        }
        const backup = scheduledBackups.find((b) => b.spec?.cluster?.name === name && namespaceOf(b) === namespaceOf(cluster));
        if (!backup) {
            failures.push(`Cluster/${name}: no ScheduledBackup backs it up (spec.cluster.name: ${name})`);
        } else if (backup.spec.method !== "plugin" || backup.spec.pluginConfiguration?.name !== BARMAN_PLUGIN || backup.spec.suspend === true) {
            failures.push(`ScheduledBackup/${backup.metadata?.name}: must back up through the plugin (method: plugin, pluginConfiguration.name: ${BARMAN_PLUGIN}) and not be suspended`);
        }
    }

    for (const backup of scheduledBackups) {
        const target = backup.spec?.cluster?.name;
        if (!clusters.some((c) => c.metadata?.name === target && namespaceOf(c) === namespaceOf(backup))) {
            failures.push(`ScheduledBackup/${backup.metadata?.name}: backs up Cluster/${target}, which is not in the set`);
        }
    }

    // Every Deployment's and every Cluster's pods are scraped by a PodMonitor.
    for (const workload of pods) {
        if (!podMonitors.some((monitor) => podMonitorSelects(monitor, workload))) {
            failures.push(`${nameOf(workload.manifest)}: no PodMonitor selects its pods (labels ${JSON.stringify(workload.labels)})`);
        }
    }

    // Every PodMonitor scrapes pods of the set, on a port they have, which a NetworkPolicy selecting them opens to the
    // monitoring namespace.
    for (const monitor of podMonitors) {
        const selected = pods.filter((workload) => podMonitorSelects(monitor, workload));
        if (selected.length === 0) failures.push(`${nameOf(monitor)}: selects the pods of no Deployment or Cluster in the set`);
        const endpoints = list(monitor.spec?.podMetricsEndpoints);
        if (endpoints.length === 0) failures.push(`${nameOf(monitor)}: scrapes no port (spec.podMetricsEndpoints is empty)`);
        for (const endpoint of endpoints) {
            const port = endpoint.port ?? endpoint.portNumber ?? endpoint.targetPort;
            for (const workload of selected) {
                const number = typeof port === "number" ? port : workload.ports[port];
                if (number === undefined) {
                    failures.push(`${nameOf(monitor)}: port ${JSON.stringify(port)} is not a port of ${nameOf(workload.manifest)}'s pods`);
                    continue;
                }
                const name = typeof port === "string" ? port : Object.keys(workload.ports).find((n) => workload.ports[n] === number);
                if (!networkPolicies.some((policy) => allowsMonitoring(policy, workload, name, number))) {
                    failures.push(`${nameOf(monitor)}: no NetworkPolicy selecting ${nameOf(workload.manifest)}'s pods lets namespace `
                        + `${MONITORING_NAMESPACE} reach port ${name ?? number} (${number}/TCP)`);
                }
            }
        }
    }
    return failures;
}

const input = await new Promise((resolve) => {
    let text = "";
    process.stdin.setEncoding("utf8").on("data", (chunk) => (text += chunk)).on("end", () => resolve(text));
});

let failures = 0;
const manifests = [];
for (const document of parseAllDocuments(input)) {
    if (document.errors.length > 0) {
        console.error(`YAML error: ${document.errors[0].message}`);
        failures++;
        continue;
    }
    const manifest = document.toJS();
    if (manifest === null) continue;
    manifests.push(manifest);
    const name = nameOf(manifest);
    const validate = await validatorFor(manifest.apiVersion ?? "", manifest.kind ?? "");
    if (!validate) {
        console.error(`${name}: no schema known for ${manifest.apiVersion} ${manifest.kind}`);
        failures++;
        continue;
    }
    const errors = validate(manifest);
    if (errors.length === 0) {
        console.log(`ok    ${manifest.apiVersion} ${name}`);
    } else {
        console.error(`FAIL  ${manifest.apiVersion} ${name}: ${errors.join("; ")}`);
        failures++;
    }
}
const policyFailures = checkPolicies(manifests);
for (const failure of policyFailures) console.error(`FAIL  policy: ${failure}`);
console.log(`${manifests.length} manifests, ${failures} invalid, ${policyFailures.length} policy failures`);
process.exit(failures === 0 && policyFailures.length === 0 && manifests.length > 0 ? 0 : 1);
