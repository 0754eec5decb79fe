// Cooling units for an imported hall, which NetBox does not model: CRAHs sized to the imported load, N+1, along the
// west wall facing the rows. docs/hall.md#netbox-import
import type { CoolingUnitInput } from '../../edit/edit.ts'

/** Largest unit, kW: a typical large perimeter CRAH (the default hall's are 80 kW). */
export const UNIT_MAX_KW = 100
/** Smallest unit, kW, and the step capacities are rounded up to. */
export const UNIT_MIN_KW = 10
const STEP_KW = 5
/** Over the IT load: CRAH fan heat, PDU losses and lighting reach the coils too (an assumption, not measured). */
export const LOAD_MARGIN = 1.2
/** ρ·c_p of standard air, J/(m³·K), and the air-side temperature rise the units are sized for, K. */
const RHO_CP = 1207
const DESIGN_RISE_K = 10
/** Fan power per m³/s of rated airflow: the default hall's CRAHs, 4.2 kW at 7 m³/s. */
const FAN_W_PER_M3S = 600

/**
 * N duty units carry the design load × LOAD_MARGIN, each at most UNIT_MAX_KW (N = ⌈load / 100 kW⌉), rounded up to
 * 5 kW and at least 10 kW; one more unit of the same size is the standby: N+1. Airflow for a 10 K rise.
 */
export function sizeCooling(designItW: number, roomDepthM: number): CoolingUnitInput[] {
  const loadKw = (designItW / 1000) * LOAD_MARGIN
  const duty = Math.max(1, Math.ceil(loadKw / UNIT_MAX_KW))
  const capacityKw = Math.max(UNIT_MIN_KW, Math.ceil(loadKw / duty / STEP_KW) * STEP_KW)
  const airflowM3s = Math.round(((capacityKw * 1000) / (RHO_CP * DESIGN_RISE_K)) * 100) / 100
  const count = duty + 1
  const spanM = roomDepthM / count
  return Array.from({ length: count }, (_, i) => ({
    id: `crah-${i + 1}`,
    type: 'crah' as const,
    xM: 1,
    yM: Math.round(spanM * (i + 0.5) * 1000) / 1000,
    facing: '+x' as const,
    widthM: Math.round(Math.min(2.5, Math.max(0.3, spanM - 0.2)) * 100) / 100,
    capacityKw,
    airflowM3s,
    supplySetpointC: 20,
    fanPowerW: Math.round(airflowM3s * FAN_W_PER_M3S),
  }))
}
