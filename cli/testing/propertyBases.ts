// Small halls that spell out every optional number, so a property test can vary each across its range.
import { tinyHall } from '../../sim/testing/tinyHall.ts'
import type { ScenarioInput } from '../../sim/index.ts'

const room = {
  widthM: 10,
  depthM: 6,
  heightM: 3.5,
  lightingW: 300,
  recirculationFraction: 0.2,
  rowEndRecirculationFraction: 0.1,
  recirculationLengthM: 1,
  containment: 'cold' as const,
  containmentLeakageFraction: 0.1,
  serverTripInletC: 45,
  serverResetInletC: 35,
  equipmentHeatCapacityJKPerU: 6000,
  equipmentTimeConstantS: 300,
}

/** Two models: linear with inlet sensitivity and its own airflow, SPECpower with airflow per kW. */
const serverModels: ScenarioInput['serverModels'] = [
  {
    id: 'box',
    uHeight: 1,
    cores: 32,
    memoryGb: 128,
    power: { kind: 'linear', idleW: 100, maxW: 300 },
    airflowM3s: 0.05,
    inletSensitivity: { perK: 0.004, kneeC: 23 },
  },
  {
    id: 'spec',
    uHeight: 2,
    cores: 56,
    memoryGb: 192,
    power: { kind: 'specpower', curveW: [60, 90, 110, 130, 150, 170, 190, 220, 250, 290, 330] },
    airflowM3sPerKw: 0.0828,
  },
]

const hall = (patch: (s: ScenarioInput) => void) =>
  tinyHall({ racks: 2, serversPerRack: 4, units: 2 }, (s) => {
    s.horizon = '2h'
    s.room = { ...room }
    s.serverModels = structuredClone(serverModels)
    const group = s.rows[0].racks[0]
    Object.assign(group, { uHeight: 42, widthM: 0.6, depthM: 1.2, heightM: 2 })
    group.servers!.push({ model: 'spec', uPosition: 10, count: 2 })
    s.aisles = [{ id: 'cold-1', kind: 'cold', xM: 2, yM: 3.2, widthM: 1.2, depthM: 1.2 }]
    Object.assign(s.coolingUnits[1], { type: 'crac', widthM: 2.5, depthM: 0.9, heightM: 1.95 })
    patch(s)
  })

/** A diurnal load on a single UPS, a synthetic year outdoors, fans following rack airflow, timed events. */
const utilisation = () =>
  hall((s) => {
    s.electrical = {
      upsCapacityKw: 100,
      upsNoLoadLossFraction: 0.013,
      upsProportionalLossFraction: 0.006,
      upsSquareLossFraction: 0.011,
    }
    s.plant = {
      chilledWaterC: 6.67,
      chilledWaterReturnC: 12,
      chillerCapacityKw: 100,
      outdoor: { kind: 'synthetic', meanC: 11, dailySwingC: 8, annualSwingC: 18, wetBulbDepressionK: 3 },
      fanControl: 'matchRackAirflow',
      fanMinSpeedFraction: 0.3,
    }
    s.workload = {
      kind: 'diurnal',
      meanUtilization: 0.5,
      amplitude: 0.2,
      peakHourUtc: 15,
      noiseSd: 0.02,
      updateS: 300,
    }
    s.events = [
      { atS: 1200, command: { type: 'setSupplySetpoint', unitId: 'crah-1', supplySetpointC: 22 } },
      { atS: 2400, command: { type: 'setLoadScale', scale: 1.5 } },
      { atS: 3600, command: { type: 'failCoolingUnit', unitId: 'crah-1' } },
    ]
    s.shadow = { temperatureMarginK: 2, powerMarginPct: 10, sustainS: 900 }
  })

/** Jobs following a synthetic profile, an autoscaler, a 2N power chain and a constant outdoor climate. */
const jobs = () =>
  hall((s) => {
    delete s.electrical
    const ups = (id: string, partnerId: string) => ({
      id,
      capacityKw: 100,
      moduleCount: 2,
      redundancy: '2N' as const,
      partnerId,
      noLoadLossFraction: 0.013,
      proportionalLossFraction: 0.006,
      squareLossFraction: 0.011,
    })
    const pdu = (id: string, upsId: string) => ({
      id,
      upsId,
      capacityKw: 50,
      noLoadLossFraction: 0.015,
      proportionalLossFraction: 0,
      squareLossFraction: 0.015,
      breakerRatingA: 30,
      voltageV: 400,
      phases: 3 as const,
      powerFactor: 0.95,
      continuousLoadFactor: 0.8,
    })
    s.powerChain = {
      upsSystems: [ups('ups-a', 'ups-b'), ups('ups-b', 'ups-a')],
      pdus: [pdu('pdu-a', 'ups-a'), pdu('pdu-b', 'ups-b')],
      feeds: [{ racks: '*', pduA: 'pdu-a', pduB: 'pdu-b' }],
    }
    s.plant = { outdoor: { kind: 'constant', dryBulbC: 25, wetBulbC: 18 }, condenser: 'air' }
    s.workload = {
      kind: 'jobs',
      profile: {
        kind: 'synthetic',
        baseUtilization: 0.4,
        daily: { amplitude: 0.2, peakHourUtc: 15 },
        weekly: { weekendFactor: 0.7 },
        trendPerDay: 0.01,
        noiseSd: 0.02,
        bursts: { ratePerDay: 12, meanDurationS: 1800, amplitude: 0.2 },
        launches: [{ atS: 1800, durationS: 3600, multiplier: 2 }],
        updateS: 300,
      },
      arrivals: {
        kind: 'poisson',
        ratePerHour: 60,
        followProfile: true,
        size: { cores: [4, 16], weights: [3, 1], memoryGbPerCore: 4 },
        duration: { kind: 'lognormal', medianS: 1800, sigma: 1 },
        untilS: 6000,
      },
      placement: { policy: 'thermalAware', queueLimit: 100, maxWaitS: 3600 },
      autoscaler: {
        targetUtilization: 0.7,
        minServers: 2,
        maxServers: 12,
        cooldownS: 600,
        maxStepServers: 4,
      },
      updateS: 300,
    }
  })

/** A recorded job log with exponential-free trace jobs on a synthetic profile's sibling: the trace kind. */
const jobTrace = () =>
  hall((s) => {
    s.workload = {
      kind: 'jobs',
      arrivals: {
        kind: 'trace',
        memoryGbPerCore: 4,
        jobs: [
          { id: 1, submitS: 0, durationS: 3000, cores: 8, memoryGb: 16 },
          { id: 2, submitS: 600, durationS: 1200, cores: 32 },
        ],
      },
      placement: { policy: 'powerAware', queueLimit: 10 },
      updateS: 600,
    }
  })

/** The synthetic profile driving utilisation directly, on the 2N chain, with a constant load for contrast. */
const profile = () =>
  hall((s) => {
    const { powerChain, workload } = jobs()
    if (workload.kind !== 'jobs') throw new Error('the jobs hall runs jobs')
    s.powerChain = powerChain
    delete s.electrical
    s.workload = workload.profile!
    s.events = [{ atS: 1800, command: { type: 'failPowerAsset', assetId: 'ups-a' } }]
  })

const constant = () =>
  hall((s) => (s.workload = { kind: 'constant', utilization: 0.6, noiseSd: 0.05, updateS: 120 }))

export const propertyBases = () => ({
  utilisation: utilisation(),
  jobs: jobs(),
  'job trace': jobTrace(),
  profile: profile(),
  constant: constant(),
})
