// A JSON path as error messages write it: `$.rows[0].racks[1].count`.

/** Formats a zod/JS path as `$.a[0].b`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$'
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`
  return out
}
