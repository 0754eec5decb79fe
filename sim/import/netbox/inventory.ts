// One inventory read from either NetBox shape (REST pages or a dumpdata fixture): ids resolved, units in the names.
// Each record keeps `at`, the JSON path it was read from, so a skipped object can be found in the file.

export interface NbSite {
  id: number
  name: string
  at: string
}
export interface NbLocation {
  id: number
  name: string
  siteId: number | null
  at: string
}
export interface NbRack {
  id: number
  name: string
  siteId: number | null
  locationId: number | null
  uHeight: number
  /** Number of the lowest unit (NetBox default 1). */
  startingUnit: number
  /** Units numbered top to bottom. */
  descUnits: boolean
  outerWidthMm: number | null
  outerDepthMm: number | null
  at: string
}
export interface NbDeviceType {
  id: number
  model: string
  slug: string
  manufacturer: string
  uHeight: number
  isFullDepth: boolean
  at: string
}
export interface NbDevice {
  id: number
  name: string
  deviceTypeId: number | null
  rackId: number | null
  /** Lowest unit the device occupies, in U; .5 steps exist; null when unracked or in a device bay. */
  position: number | null
  face: string
  status: string
  at: string
}
export interface NbPowerPort {
  id: number
  deviceId: number | null
  maximumDrawW: number | null
  allocatedDrawW: number | null
  at: string
}
export interface NbPowerPanel {
  id: number
  name: string
  siteId: number | null
  at: string
}
export interface NbPowerFeed {
  id: number
  name: string
  panelId: number | null
  rackId: number | null
  status: string
  /** 'primary' or 'redundant'. */
  type: string
  supply: string
  phase: string
  voltageV: number
  amperageA: number
  maxUtilizationPct: number
  /** Only in dumpdata: what NetBox computed and stored, W. */
  storedAvailableW: number | null
  at: string
}

export interface Inventory {
  sites: NbSite[]
  locations: NbLocation[]
  racks: NbRack[]
  deviceTypes: NbDeviceType[]
  devices: NbDevice[]
  powerPorts: NbPowerPort[]
  powerPanels: NbPowerPanel[]
  powerFeeds: NbPowerFeed[]
  /** Things the file itself lacks, e.g. REST pages whose `next` was not followed. */
  notes: { what: string; why: string }[]
}

export type InventoryKind = Exclude<keyof Inventory, 'notes'>
