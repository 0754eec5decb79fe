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
// A rack that is off (tripped, or no power): near black, darker than the floor, so it reads as dead in every mode.
export const RACK_OFF_HEX = '#0d0f13'
// Marks over the hall: amber for a trip, yellow for no power, red for a failed cooling unit.
export const MARK_TRIP_HEX = '#f59e0b'
export const MARK_NO_POWER_HEX = '#facc15'
export const MARK_UNIT_FAILED_HEX = '#ef4444'
// Racks with no comparison to show in the 'compare' mode.
export const COMPARE_NONE_HEX = '#5b6473'
