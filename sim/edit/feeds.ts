// Racks taken out of the hall take their power-feed patterns with them: a pattern ("W1-*") that matched only removed
// racks is dropped, and a feed left without patterns goes, so removing row W1 of the large hall is not refused for
// '"W1-*" matches no rack' (the parser's guard against typos). "*" and patterns still matching stay.
import { matchesRack } from '../model/powerChain/resolve.ts'
import type { ScenarioInput } from '../scenario/schema.ts'
import { eachRack } from './locate.ts'

/** `after` with the feed patterns that matched racks of `before` but match none of `after` removed. */
export function withLiveFeeds(before: ScenarioInput, after: ScenarioInput): ScenarioInput {
  const chain = after.powerChain
  if (!chain) return after
  const idsBefore = eachRack(before).map((r) => r.id)
  const idsAfter = eachRack(after).map((r) => r.id)
  if (idsAfter.length === 0) return after
  const dead = (pattern: string) =>
    !idsAfter.some((id) => matchesRack(pattern, id)) && idsBefore.some((id) => matchesRack(pattern, id))
  let changed = false
  const feeds = chain.feeds.flatMap((feed) => {
    const patterns = typeof feed.racks === 'string' ? [feed.racks] : feed.racks
    const live = patterns.filter((p) => !dead(p))
    if (live.length === patterns.length) return [feed]
    changed = true
    if (live.length === 0) return []
    return [{ ...feed, racks: typeof feed.racks === 'string' ? live[0] : live }]
  })
  return changed ? { ...after, powerChain: { ...chain, feeds } } : after
}
