// Plenum ids from NetBox names: letters, digits, "_", "." and "-" (sim/scenario/primitives.ts), unique.

/** `name` with every other character run turned into "-", never empty, starting with a letter or digit. */
export function idOf(name: string, fallback: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents split off by NFKD: "Zürich" → "Zurich"
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '')
  return cleaned || fallback
}

/** Hands out ids, adding "-2", "-3"… to one already taken. */
export function uniqueIds(): (wanted: string) => string {
  const taken = new Set<string>()
  return (wanted) => {
    let id = wanted
    for (let k = 2; taken.has(id); k++) id = `${wanted}-${k}`
    taken.add(id)
    return id
  }
}
