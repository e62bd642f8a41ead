// The login tests' shared set-up. A real OpenID Connect provider on loopback:
// the npm package `oidc-provider` with one static confidential client, PKCE
// required, its development login form (any login name, any password) and
// accounts whose email is `<login>@example.org`, or the login itself when it
// is an address (`mallory@evil.test`, for the login gate's other-domain
// case). And the app's `.streamlit/` files with an `[auth]` section for it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Provider from 'oidc-provider';

import { freePort, startApp } from './harness.js';

export const CLIENT_ID = 'rustlit-app';
export const CLIENT_SECRET = 'a-client-secret-for-the-tests-only';
const COOKIE_SECRET = 'a-cookie-secret-of-some-length-for-tests';

/** Starts the provider; `redirectUri` is the app's /oauth2callback. */
export async function startProvider(redirectUri) {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    // The claims in the ID token itself (as Google's are), which st.user shows.
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({
        sub: id,
        email: id.includes('@') ? id : `${id}@example.org`,
        email_verified: true,
        name: `User ${id}`,
      }),
    }),
    cookies: { keys: ['a-cookie-key-for-the-tests-only'] },
  });
  // Quiet: the library warns about its development defaults.
  provider.on('server_error', (_ctx, err) => console.error('oidc-provider:', err));
  const server = provider.listen(port);
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    issuer,
    metadataUrl: `${issuer}/.well-known/openid-configuration`,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Writes the script folder's `.streamlit/secrets.toml`: `[auth]` with the
 * tests' cookie secret, then `auth` (more keys and sections); and
 * `config.toml` when `config` is given.
 */
export function writeAuthSettings(script, { auth = '', config = null } = {}) {
  const dir = path.join(path.dirname(script), '.streamlit');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'secrets.toml'), `[auth]\ncookie_secret = "${COOKIE_SECRET}"\n${auth}`);
  if (config !== null) writeFileSync(path.join(dir, 'config.toml'), config);
}

/**
 * Starts a provider and the app `script` logging in with it, on `port` (a
 * free one by default; the provider must know it for its redirect URI).
 * `auth`: more `[auth]` keys; `config`: the app's config.toml; `appOrigin`:
 * where the browser reaches the app; `args`: more command-line options.
 * Returns `{ app, idp }`.
 */
export async function startAppWithProvider(
  script,
  { auth = '', config = null, port = null, appOrigin = null, args = [] } = {},
) {
  port ??= await freePort();
  const redirectUri = `${appOrigin ?? `http://127.0.0.1:${port}`}/oauth2callback`;
  const idp = await startProvider(redirectUri);
  writeAuthSettings(script, {
    auth: `redirect_uri = "${redirectUri}"
client_id = "${CLIENT_ID}"
client_secret = "${CLIENT_SECRET}"
server_metadata_url = "${idp.metadataUrl}"
client_kwargs = { prompt = "login" }
${auth}`,
    config,
  });
  const app = await startApp(script, ['--server.port', String(port), ...args]);
  return { app, idp };
}

/** Fills the provider's development login and consent forms in `page`. */
export async function signIn(page, login) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  const consent = page.locator('button[type="submit"]', { hasText: 'Continue' });
  await consent.click();
}
