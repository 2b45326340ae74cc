// A fault-injecting proxy in front of the test FHIR server: how SpineCDS
// copes with a FHIR server that is slow, down or wrong is tested through it.
//
// Usage: node fault-proxy.mjs --upstream http://127.0.0.1:PORT [--port N] [--exit-with-stdin]
// Prints "listening <port>" once it accepts connections.
//
// The fault is chosen by the first path segment, so a test names it in the
// hook's fhirServer and every URL the client derives (next links included)
// keeps it: http://127.0.0.1:P/<mode>/fhir/Condition?patient=1
//
//   ok               pass through (Bundle links rewritten to the proxy)
//   delay-MS         wait MS milliseconds, then pass through
//   status-CODE      answer CODE with an OperationOutcome (500, 401, 403, ...)
//   reset            close the connection without an answer
//   truncate         announce the full Content-Length, send half, close
//   notjson          200 with an HTML page
//   drip-MS          send the headers, then one byte every MS milliseconds
//   loop             every Bundle gets a fresh next link, forever
//   huge             200 with a 50 MB JSON body, streamed
//   deep             200 with JSON nested 100,000 levels deep
//   ratelimit-S      429 with Retry-After: S, always
//   flaky429         429 with Retry-After: 1 on the first request of each URL
//   oo               200 with an OperationOutcome
//   wrongtype        a searchset Bundle of Patients whatever was asked
//   offnext-PORT     Bundles get a next link to 127.0.0.1:PORT (another host)
//   redirect-PORT    302 to the same path on 127.0.0.1:PORT
//
// GET /__requests lists what was received (mode, url, authorization), so a
// test can check the token reached this server and nothing else.
import http from 'node:http';

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const upstream = new URL(arg('--upstream', 'http://127.0.0.1:8090'));
const seen = [];
const flaky = new Set();

function fetchUpstream(pathAndQuery, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: pathAndQuery,
        method: 'GET',
        headers: { accept: headers.accept ?? 'application/fhir+json' },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      }
    );
    req.on('error', reject);
    req.end();
  });
}

function sendJson(res, status, value, extraHeaders = {}) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/fhir+json',
    'Content-Length': Buffer.byteLength(text),
    ...extraHeaders,
  });
  res.end(text);
}

const outcome = (code, text) => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code, diagnostics: text }],
});

function streamHuge(res) {
  // 50 MB of valid-looking JSON, written as the socket drains, so the client's
  // body cap is what stops it.
  const total = 50 * 1024 * 1024;
  const filler = JSON.stringify({ resource: { resourceType: 'Condition', id: 'x', note: [{ text: 'x'.repeat(4000) }] } });
  let sent = 0;
  res.writeHead(200, { 'Content-Type': 'application/fhir+json' });
  res.write('{"resourceType":"Bundle","type":"searchset","entry":[');
  const pump = () => {
    while (sent < total) {
      const chunk = (sent ? ',' : '') + filler;
      sent += chunk.length;
      if (!res.write(chunk)) return res.once('drain', pump);
    }
    res.end(']}');
  };
  res.on('close', () => (sent = total + 1));
  pump();
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/__requests') return sendJson(res, 200, seen);
  const parts = url.pathname.split('/');
  const mode = parts[1] ?? '';
  const rest = '/' + parts.slice(2).join('/');
  seen.push({ mode, url: req.url, authorization: req.headers.authorization ?? null });
  const [name, param] = mode.split(/-(.*)/s);
  const proxyBase = `http://${req.headers.host}/${mode}`;

  const search = new URLSearchParams(url.searchParams);
  const loopPage = Number(search.get('_loop') ?? 0);
  search.delete('_loop');
  const query = search.toString();
  const upstreamPath = rest + (query ? `?${query}` : '');

  const passThrough = async (transform) => {
    const up = await fetchUpstream(upstreamPath, req.headers);
    let body = up.body.split(`${upstream.origin}/fhir`).join(`${proxyBase}/fhir`);
    if (transform) {
      const json = JSON.parse(body);
      transform(json);
      body = JSON.stringify(json);
    }
    sendJson(res, up.status, body);
  };

  switch (name) {
    case 'ok':
      return passThrough();
    case 'delay':
      await new Promise((r) => setTimeout(r, Number(param)));
      if (res.destroyed || req.socket.destroyed) return;
      return passThrough();
    case 'status':
      return sendJson(res, Number(param), outcome('exception', `injected HTTP ${param}`));
    case 'reset':
      return req.socket.destroy();
    case 'truncate': {
      const up = await fetchUpstream(upstreamPath, req.headers);
      const buf = Buffer.from(up.body, 'utf8');
      res.writeHead(200, { 'Content-Type': 'application/fhir+json', 'Content-Length': buf.length });
      res.write(buf.subarray(0, Math.floor(buf.length / 2)));
      return setTimeout(() => req.socket.destroy(), 50);
    }
    case 'notjson': {
      const html = '<html><body><h1>Login</h1></body></html>';
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': html.length });
      return res.end(html);
    }
    case 'drip': {
      res.writeHead(200, { 'Content-Type': 'application/fhir+json' });
      const timer = setInterval(() => res.write(' '), Number(param));
      return res.on('close', () => clearInterval(timer));
    }
    case 'loop':
      return passThrough((json) => {
        if (json.resourceType !== 'Bundle') return;
        json.link = (json.link ?? []).filter((l) => l.relation !== 'next');
        const next = new URL(`${proxyBase}/fhir${rest.slice('/fhir'.length)}`);
        for (const [k, v] of search) if (k !== '_offset') next.searchParams.append(k, v);
        next.searchParams.set('_loop', String(loopPage + 1));
        json.link.push({ relation: 'next', url: next.toString() });
      });
    case 'huge':
      return streamHuge(res);
    case 'deep':
      return sendJson(res, 200, '{"resourceType":"Bundle","entry":' + '['.repeat(100000) + ']'.repeat(100000) + '}');
    case 'ratelimit':
      return sendJson(res, 429, outcome('throttled', 'slow down'), { 'Retry-After': param });
    case 'flaky429':
      if (!flaky.has(req.url)) {
        flaky.add(req.url);
        return sendJson(res, 429, outcome('throttled', 'slow down'), { 'Retry-After': '1' });
      }
      return passThrough();
    case 'oo':
      return sendJson(res, 200, outcome('exception', 'the query failed'));
    case 'wrongtype':
      return sendJson(res, 200, {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [{ resource: { resourceType: 'Patient', id: 'intruder' }, search: { mode: 'match' } }],
      });
    case 'offnext':
      return passThrough((json) => {
        if (json.resourceType !== 'Bundle') return;
        json.link = (json.link ?? []).filter((l) => l.relation !== 'next');
        json.link.push({ relation: 'next', url: `http://127.0.0.1:${param}${rest}?${query}&_offset=100` });
      });
    case 'redirect':
      res.writeHead(302, { Location: `http://127.0.0.1:${param}${upstreamPath}`, 'Content-Length': 0 });
      return res.end();
    default:
      return sendJson(res, 404, outcome('not-found', `unknown fault mode ${mode}`));
  }
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    if (!res.headersSent) sendJson(res, 502, outcome('exception', String(err)));
    else res.destroy();
  });
});
server.listen(Number(arg('--port', '0')), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
// With --exit-with-stdin the process ends when its parent (a test) does,
// even if the test crashed before stopping it.
if (process.argv.includes('--exit-with-stdin')) {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}
