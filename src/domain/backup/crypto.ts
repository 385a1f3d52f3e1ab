/**
 * Password encryption of a backup: AES-256-GCM with a key derived by PBKDF2
 * (SHA-256). GCM authenticates the data, so a wrong password is told apart
 * from a damaged file (the latter is caught earlier, by the checksum).
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: slow enough to make guessing a password costly. */
export const PBKDF2_ITERATIONS = 600_000;
/** A foreign file may not make us spin forever, nor accept a weak derivation. */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;

export interface EncryptionParams {
  readonly cipher: 'AES-GCM';
  readonly kdf: 'PBKDF2-SHA-256';
  readonly iterations: number;
  /** base64, 16 bytes */
  readonly salt: string;
  /** base64, 12 bytes */
  readonly iv: string;
}

type Bytes = Uint8Array<ArrayBuffer>;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Decodes base64; throws on anything that is not. */
export function fromBase64(text: string): Bytes {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function deriveKey(password: string, salt: Bytes, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts a text with a fresh random salt and IV. */
export async function encryptText(
  plain: string,
  password: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<{ params: EncryptionParams; data: string }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(password, salt, iterations);
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain));
  return {
    params: { cipher: 'AES-GCM', kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), iv: toBase64(iv) },
    data: toBase64(new Uint8Array(cipher)),
  };
}

/** Decrypts, or returns undefined when the password is wrong (GCM's tag does not match). */
export async function decryptText(
  data: string,
  params: EncryptionParams,
  password: string,
): Promise<string | undefined> {
  const key = await deriveKey(password, fromBase64(params.salt), params.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(params.iv) },
      key,
      fromBase64(data),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return undefined;
  }
}
