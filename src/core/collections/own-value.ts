/**
 * A value kept under a key that comes from data (an id, a route kind, a field name), read from the object's own
 * properties only. A plain lookup such as `labels[id]` finds Object.prototype's members for ids like
 * "constructor", which is a valid id, and hands a function to code expecting a string or a number.
 * @example ownValue({ a: 1 }, "constructor") // undefined
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
