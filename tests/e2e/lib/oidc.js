// A real OpenID Connect provider on loopback for the login tests: the npm
// package `oidc-provider` with one static confidential client, PKCE required,
// its development login form (any login name, any password) and accounts
// whose email is `<login>@example.org`, or the login itself when it is an
// address (`mallory@evil.test`, for the login gate's other-domain case).
import net from 'node:net';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'rustlit-app';
export const CLIENT_SECRET = 'a-client-secret-for-the-tests-only';

/** A free loopback port (listen on 0, close). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

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

/** Fills the provider's development login and consent forms in `page`. */
export async function signIn(page, login) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  const consent = page.locator('button[type="submit"]', { hasText: 'Continue' });
  await consent.click();
}
