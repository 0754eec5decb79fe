// Does the page's chrome fit? In-page measurements of the toolbar and the side tab bar: text clipped inside its
// box (scrollWidth > clientWidth, or a label's glyphs past its tab) and controls drawn over one another.
import type { Page } from 'playwright-core'

/** Closer than this, two tab labels read as one word ("InspectFailures" at 2 px, seen before the fix). */
const MIN_LABEL_GAP_PX = 6

export interface Misfit {
  what: string
  why: string
}

/**
 * Marks the bars can carry but may not show right now, added for a measurement (class "probe", removed by
 * removeProbes): "99+" badges on Failures, Power and Events, the trace dot on Workload, and the Compare and Story
 * buttons and the power / headroom / compare colour modes if their parts have not put them there yet.
 */
export async function addProbes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const added: string[] = []
    const el = (tag: string, className: string, text: string) => {
      const e = document.createElement(tag)
      e.className = `${className} probe`
      e.textContent = text
      return e
    }
    for (const [id, tone] of [
      ['tab-whatif', 'danger'],
      ['tab-power', 'warn'],
      ['tab-events', 'warn'],
    ]) {
      const tab = document.querySelector(`[data-testid=${id}]`)!
      tab.querySelector('.badge')?.remove()
      tab.append(el('span', `badge ${tone}`, '99+'))
    }
    document.querySelector('[data-testid=tab-workload]')!.append(el('span', 'tab-dot', ''))
    const segmented = document.querySelector('[aria-label="Colour racks by"] .segmented')
    for (const [mode, label] of [
      ['power', 'Power'],
      ['headroom', 'Headroom'],
      ['compare', 'Δ Compare'],
    ]) {
      if (segmented && !document.querySelector(`[data-testid=colour-${mode}]`)) {
        segmented.append(el('button', '', label))
        added.push(`colour-${mode}`)
      }
    }
    const clock = document.querySelector('.toolbar .clock')!
    const toolbarText = [...document.querySelectorAll('.toolbar > button')]
      .map((b) => b.textContent)
      .join(' ')
    for (const label of ['Compare', 'Story']) {
      if (!toolbarText.includes(label)) {
        clock.before(el('button', '', label))
        added.push(label)
      }
    }
    return added
  })
}

export const removeProbes = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('.probe').forEach((e) => e.remove()))

/** Every toolbar and tab-bar element that clips its text or overlaps a sibling, and the bars' own overflow. */
export function misfits(page: Page): Promise<Misfit[]> {
  return page.evaluate((MIN_LABEL_GAP_PX) => {
    const out: { what: string; why: string }[] = []
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.getAttribute('data-testid') ? `[${e.getAttribute('data-testid')}]` : ''} "${(e.textContent ?? '').trim().slice(0, 24)}"`
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1.5 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5
    for (const bar of document.querySelectorAll<HTMLElement>('.toolbar, nav.tabs')) {
      const barBox = bar.getBoundingClientRect()
      if (bar.scrollWidth > bar.clientWidth)
        out.push({ what: name(bar), why: `scrolls ${bar.scrollWidth} > ${bar.clientWidth}` })
      // Every element with text or a control: its text must not be cut off, nor reach past the bar.
      for (const e of bar.querySelectorAll<HTMLElement>('*')) {
        const box = e.getBoundingClientRect()
        if (box.width === 0) continue
        // An ellipsis is a deliberate cut (the hall's name, its full text in the title) if some of it still shows.
        const ellipsed = getComputedStyle(e).textOverflow === 'ellipsis' && e.clientWidth >= 40
        if (e.scrollWidth > e.clientWidth + 0.5 && !ellipsed)
          out.push({ what: name(e), why: `clipped ${e.scrollWidth} > ${e.clientWidth}` })
        if (box.right > barBox.right + 0.5 || box.left < barBox.left - 0.5)
          out.push({ what: name(e), why: `outside its bar (${box.left.toFixed(0)}–${box.right.toFixed(0)})` })
      }
      // Siblings side by side must not cover one another; joined buttons share their 1 px border (.segmented).
      // A tab's badge is measured against its label below.
      const groups = [bar, ...bar.querySelectorAll<HTMLElement>('.segmented, .field, [role=group]')]
      for (const g of groups) {
        const kids = [...g.children].filter((c) => c.getBoundingClientRect().width > 0)
        for (let i = 0; i < kids.length; i++)
          for (let j = i + 1; j < kids.length; j++)
            if (overlap(kids[i].getBoundingClientRect(), kids[j].getBoundingClientRect()))
              out.push({ what: `${name(kids[i])} / ${name(kids[j])}`, why: 'overlap' })
      }
    }
    // A tab's label: its glyphs inside the tab, no badge over them, and clear of the next tab's label.
    let lastRight = -Infinity
    for (const tab of document.querySelectorAll<HTMLElement>('[role=tab]')) {
      const box = tab.getBoundingClientRect()
      const label = tab.querySelector('.tab-label') ?? tab
      const range = document.createRange()
      range.selectNodeContents(label.firstChild ?? label)
      const text = range.getBoundingClientRect()
      if (text.right > box.right + 0.5 || text.left < box.left - 0.5)
        out.push({
          what: name(tab),
          why: `label ${text.left.toFixed(1)}–${text.right.toFixed(1)} past the tab ${box.left.toFixed(1)}–${box.right.toFixed(1)}`,
        })
      if (text.left - lastRight < MIN_LABEL_GAP_PX)
        out.push({
          what: name(tab),
          why: `${(text.left - lastRight).toFixed(1)} px after the previous label`,
        })
      lastRight = text.right
      for (const mark of tab.querySelectorAll('.badge, .tab-dot'))
        if (overlap(mark.getBoundingClientRect(), text))
          out.push({ what: name(tab), why: 'badge covers the label' })
    }
    return out
  }, MIN_LABEL_GAP_PX)
}

/** Everything in the legend card inside the card (its state marks' "Unit failed" once stuck out past its edge). */
export function legendMisfits(page: Page): Promise<Misfit[]> {
  return page.evaluate(() => {
    const out: { what: string; why: string }[] = []
    const legend = document.querySelector('[data-testid=legend]')
    if (!legend) return [{ what: 'legend', why: 'missing' }]
    const card = legend.getBoundingClientRect()
    for (const e of legend.querySelectorAll('*')) {
      const box = e.getBoundingClientRect()
      if (box.width === 0) continue
      if (box.right > card.right + 0.5 || box.left < card.left - 0.5)
        out.push({
          what: `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 24)}"`,
          why: `outside the legend (${box.left.toFixed(0)}–${box.right.toFixed(0)}, card ${card.left.toFixed(0)}–${card.right.toFixed(0)})`,
        })
    }
    return out
  })
}
