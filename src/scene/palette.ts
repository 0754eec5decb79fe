// The hall's fixed colours, shared by the 3D scene, the legend and the e2e test's blank-canvas check.

/** The canvas clear colour. */
export const BACKGROUND_HEX = '#0b0f17'
export const FLOOR_HEX = '#1c2433'
export const GRID_HEX = '#3a475e'
export const WALL_HEX = '#3b4658'
export const AISLE_HEX = { cold: '#3b82f6', hot: '#ef4444' } as const
export const UNIT_RUNNING_HEX = '#9be7f2'
// A failed unit reads as switched off (slate), not as hot: red belongs to the inlet scale.
export const UNIT_FAILED_HEX = '#4b5263'
export const SELECTION_HEX = '#ffffff'
// Planned racks (ghosts) and the mark of racks that leave: pale blue and vermillion, off the inlet scale.
export const GHOST_HEX = '#a8c8ff'
export const LEAVING_HEX = '#ff6b3d'
