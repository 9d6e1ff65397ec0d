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

/** Tab past the last control goes to the first, Shift+Tab before the first to the last. */
export function wrapTab(event: KeyboardEvent, root: ShadowRoot): void {
  const stops = [...root.querySelectorAll<HTMLElement>('button:not([disabled]), [tabindex="0"]')].filter((b) => b.getClientRects().length > 0);
  if (stops.length === 0) return;
  const at = stops.indexOf(root.activeElement as HTMLElement);
  const next = event.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : at === -1 || at === stops.length - 1 ? 0 : at + 1;
  event.preventDefault();
  stops[next]!.focus();
}

/** The element that has focus, through shadow roots; null for the page itself. */
export function focusedElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
