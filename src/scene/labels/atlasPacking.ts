// Shelf packing for the label atlas: cells of one height laid left to right in rows ("shelves") of a fixed width.
// Every label is one line of the same font, so shelves waste only each row's ragged end.

/** A cell of the atlas, px from its top-left corner. */
export interface AtlasCell {
  x: number
  y: number
  w: number
  h: number
}

/**
 * Cells for labels `widthsPx` wide and `cellPx` high in an atlas `atlasWidthPx` wide, in order; a label wider than
 * the atlas is clipped to it. Returns the cells and the height the atlas needs.
 */
export function packShelves(
  widthsPx: readonly number[],
  cellPx: number,
  atlasWidthPx: number,
): { cells: AtlasCell[]; heightPx: number } {
  const cells: AtlasCell[] = []
  let [x, y] = [0, 0]
  for (const raw of widthsPx) {
    const w = Math.min(Math.ceil(raw), atlasWidthPx)
    if (x + w > atlasWidthPx) [x, y] = [0, y + cellPx]
    cells.push({ x, y, w, h: cellPx })
    x += w
  }
  return { cells, heightPx: widthsPx.length === 0 ? 0 : y + cellPx }
}
