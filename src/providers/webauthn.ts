/**
 * The WebAuthn ceremonies behind the better-auth adapter's passkey methods. The adapter loads
 * this module (a dynamic import) only when a ceremony starts, so apps without passkeys never
 * download it. It speaks the JSON that `@simplewebauthn/server` (better-auth's passkey plugin)
 * sends and expects, and lets the browser's own errors (`NotAllowedError`, `AbortError`, …)
 * through for the adapter to map.
 * @internal
 * @packageDocumentation
 */

type Json = Record<string, unknown>;

/** Whether this browser can run a WebAuthn ceremony at all. */
export function webAuthnAvailable(): boolean {
  return (
    typeof globalThis.PublicKeyCredential === 'function' &&
    typeof globalThis.navigator?.credentials?.get === 'function' &&
    typeof globalThis.navigator.credentials.create === 'function'
  );
}

/** Whether the browser offers passkeys in a field's autofill suggestions (conditional mediation). */
export async function conditionalMediationAvailable(): Promise<boolean> {
  if (!webAuthnAvailable()) return false;
  const probe = (PublicKeyCredential as { isConditionalMediationAvailable?: () => Promise<boolean> }).isConditionalMediationAvailable;
  if (typeof probe !== 'function') return false;
  try {
    return (await probe.call(PublicKeyCredential)) === true;
  } catch {
    return false;
  }
}

function fromBase64url(value: unknown): ArrayBuffer {
  const text = String(value ?? '').replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(text + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

function toBase64url(data: ArrayBuffer | ArrayBufferView): string {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const isRecord = (value: unknown): value is Json => value !== null && typeof value === 'object';

function descriptors(list: unknown): PublicKeyCredentialDescriptor[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.filter(isRecord).map((item) => ({
    type: 'public-key',
    id: fromBase64url(item.id),
    ...(Array.isArray(item.transports) ? { transports: item.transports as AuthenticatorTransport[] } : {}),
  }));
}

/** Only the fields the browser knows are passed on, each decoded where WebAuthn wants bytes. */
function pick(json: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const key of keys) if (json[key] !== undefined && json[key] !== null) out[key] = json[key];
  return out;
}

/**
 * Asks the authenticator for an assertion. `conditional`: the request waits in the background
 * for the user to pick a passkey from a field's autofill (`autocomplete="… webauthn"`).
 * @returns the assertion as the server's JSON (`id`, `rawId`, `type`, `response`)
 */
export async function getAssertion(options: Json, { conditional, signal }: { conditional: boolean; signal?: AbortSignal }): Promise<Json> {
  const publicKey = {
    ...pick(options, ['timeout', 'rpId', 'userVerification', 'extensions', 'hints']),
    challenge: fromBase64url(options.challenge),
    // An autofill request must not name credentials: the browser lists what it holds for the site.
    ...(conditional ? {} : { allowCredentials: descriptors(options.allowCredentials) ?? [] }),
  } as PublicKeyCredentialRequestOptions;
  const request: CredentialRequestOptions & { mediation?: string } = { publicKey, ...(signal ? { signal } : {}) };
  if (conditional) request.mediation = 'conditional';
  const credential = (await navigator.credentials.get(request)) as PublicKeyCredential | null;
  // A browser answering nothing is the user not picking one.
  if (!credential) throw new DOMException('No passkey was chosen.', 'NotAllowedError');
  const response = credential.response as AuthenticatorAssertionResponse;
  return credentialJSON(credential, {
    authenticatorData: toBase64url(response.authenticatorData),
    signature: toBase64url(response.signature),
    ...(response.userHandle ? { userHandle: toBase64url(response.userHandle) } : {}),
  });
}

/** A credential as the server reads it (base64url JSON): what both ceremonies share, plus `response`'s own fields. */
function credentialJSON(credential: PublicKeyCredential, response: Json): Json {
  return {
    id: credential.id,
    rawId: toBase64url(credential.rawId),
    type: credential.type,
    ...(credential.authenticatorAttachment ? { authenticatorAttachment: credential.authenticatorAttachment } : {}),
    response: { clientDataJSON: toBase64url(credential.response.clientDataJSON), ...response },
  };
}

/**
 * Creates a passkey on the authenticator.
 * @returns the attestation as the server's JSON (`id`, `rawId`, `type`, `response` with `transports`)
 */
export async function createCredential(options: Json, signal?: AbortSignal): Promise<Json> {
  const user = isRecord(options.user) ? options.user : {};
  const publicKey = {
    ...pick(options, ['rp', 'pubKeyCredParams', 'timeout', 'authenticatorSelection', 'attestation', 'extensions', 'hints']),
    challenge: fromBase64url(options.challenge),
    user: { id: fromBase64url(user.id), name: String(user.name ?? ''), displayName: String(user.displayName ?? user.name ?? '') },
    excludeCredentials: descriptors(options.excludeCredentials) ?? [],
  } as PublicKeyCredentialCreationOptions;
  const credential = (await navigator.credentials.create({ publicKey, ...(signal ? { signal } : {}) })) as PublicKeyCredential | null;
  if (!credential) throw new DOMException('No passkey was created.', 'NotAllowedError');
  const response = credential.response as AuthenticatorAttestationResponse;
  // Newer browsers also expose the public key and algorithm; the server reads them when present.
  const publicKeyBytes = typeof response.getPublicKey === 'function' ? response.getPublicKey() : null;
  return credentialJSON(credential, {
    attestationObject: toBase64url(response.attestationObject),
    transports: typeof response.getTransports === 'function' ? response.getTransports() : [],
    ...(typeof response.getPublicKeyAlgorithm === 'function' ? { publicKeyAlgorithm: response.getPublicKeyAlgorithm() } : {}),
    ...(publicKeyBytes ? { publicKey: toBase64url(publicKeyBytes) } : {}),
    ...(typeof response.getAuthenticatorData === 'function' ? { authenticatorData: toBase64url(response.getAuthenticatorData()) } : {}),
  });
}
