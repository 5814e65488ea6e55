/**
 * A short fingerprint of a file's text (cyrb53: two 32-bit multiply-xor streams, 53 bits, as hex). It tells
 * the app whether a fetched data file is, byte for byte, the copy the build validated; it is not a defence
 * against anyone who can write the site's files (they can change its code too).
 * @example contentHash('{"a":1}') === contentHash('{"a":1}') // true; contentHash('{"a":2}') differs
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${value.toString(16).padStart(14, "0")}-${text.length}`;
}
