// Controls a screen reader cannot name: Chromium's own accessibility tree (CDP Accessibility.getFullAXTree, the
// names the browser computes by the W3C accname rules) scanned for interactive roles with an empty name.
import type { Page } from 'playwright-core'

const CONTROL_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'listbox',
  'menuitem',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
  'PopUpButton',
  'ToggleButton',
])

interface AXValue {
  value?: unknown
}
interface AXNode {
  ignored: boolean
  role?: AXValue
  name?: AXValue
  backendDOMNodeId?: number
}

/** The controls now in the page's accessibility tree (hidden panes are not in it) and those without a name. */
export async function unnamedControls(page: Page): Promise<{ controls: number; unnamed: string[] }> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] }
    const controls = nodes.filter((n) => !n.ignored && CONTROL_ROLES.has(String(n.role?.value)))
    const unnamed: string[] = []
    for (const n of controls) {
      if (String(n.name?.value ?? '').trim() !== '') continue
      // Name the offender by its markup, so the report says which element to fix.
      const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { backendNodeId: n.backendDOMNodeId })) as {
        outerHTML: string
      }
      unnamed.push(`${String(n.role?.value)}: ${outerHTML.slice(0, 160)}`)
    }
    return { controls: controls.length, unnamed }
  } finally {
    await cdp.detach()
  }
}
