// Console warnings for bad attribute values: each message once per element, however often the
// same bad value is read again (every update re-resolves the attributes).

/** A function that warns with `prefix` the first time it is given each message. */
export function warnOnce(prefix: string): (message: string) => void {
  const warned = new Set<string>();
  return (message) => {
    if (warned.has(message)) return;
    warned.add(message);
    console.warn(`${prefix}: ${message}`);
  };
}
