// A stand-in for a public CDN or data host: serves one directory over http
// on an ephemeral loopback port, so components that load third-party scripts
// (streamlit-folium loads Leaflet from a CDN) and maps whose layers fetch data
// from another host work without the internet.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json',
};

/**
 * Serves the files under `root`, each response with `headers` besides its type (e.g. CORS for
 * data fetched by another origin's page); resolves to { url, close, requested } where
 * `requested` lists the paths asked for.
 */
export function serveDirectory(root, headers = {}) {
  const requested = [];
  const server = http.createServer(async (req, res) => {
    const rel = path.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    requested.push(rel);
    const file = path.join(root, rel);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(400).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close(), requested });
    });
  });
}
