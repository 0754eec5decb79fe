// Metric labels and values as the shadow panel and inspector print them.
import { expect, it } from 'vitest'
import { deviationText, metricLabel, metricValue } from './metricLabels.ts'

it('prints power in kW and temperatures in °C, differences of temperature in K', () => {
  expect(metricLabel('supply_temperature')).toBe('Supply air')
  expect(metricValue('power', 4200)).toBe('4.20')
  expect(metricValue('cooling_load', 55_560)).toBe('55.6')
  expect(metricValue('inlet_temperature', 21.449)).toBe('21.4')
  expect(deviationText('inlet_temperature', 22, 18.5)).toBe('+3.5 K')
  expect(deviationText('power', 2000, 2350)).toBe('−0.35 kW')
  expect(deviationText('power', 2000, 2000)).toBe('±0.00 kW')
  expect(deviationText('power', NaN, 2000)).toBe('—')
})
