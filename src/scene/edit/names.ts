// The names Racks.tsx and CoolingUnits.tsx give their instanced meshes, so the editor can pick a press on them
// before the orbit controls take it (EditControls.tsx).
export const RACKS_NAME = 'racks'
export const UNITS_NAME = 'cooling-units'
