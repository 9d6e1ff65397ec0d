// What makes an overlay modal for keyboard and screen-reader users: the rest of the page inert
// while it is open, and Tab going round its own controls.

/** Makes every element outside `el` inert (its ancestors' other children); returns the undo. */
export function inertOutside(el: Element): () => void {
  const made: Element[] = [];
  for (let node: Element | null = el; node?.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert) continue;
      sibling.inert = true;
      made.push(sibling);
    }
  }
  return () => {
    for (const sibling of made) (sibling as HTMLElement).inert = false;
  };
}

/** Focusable controls under `root`, through nested shadow roots, in tree (about tab) order. */
function stopsIn(root: ParentNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.matches('button:not([disabled]), a[href], input, select, [tabindex="0"]') && el.getClientRects().length > 0) out.push(el);
    if (el.shadowRoot) out.push(...stopsIn(el.shadowRoot));
  }
  return out;
}

/**
 * Tab past the last control goes to the first, Shift+Tab before the first to the last; in
 * between, the browser's own order (the legend's entries, inside their own shadow root, included).
 */
export function wrapTab(event: KeyboardEvent, root: ShadowRoot): void {
  const stops = stopsIn(root);
  const active = focusedElement();
  const at = active ? stops.indexOf(active) : -1;
  const wrapTo = event.shiftKey ? (at <= 0 ? stops.at(-1) : null) : at === -1 || at === stops.length - 1 ? stops[0] : null;
  if (!wrapTo) return;
  event.preventDefault();
  wrapTo.focus();
}

/** The element that has focus, through shadow roots; null for the page itself. */
export function focusedElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
