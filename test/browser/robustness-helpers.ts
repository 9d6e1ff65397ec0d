// Shared by the robustness tests: catch whatever escapes (uncaught errors, unhandled rejections)
// and check the map's DOM invariants after any sequence of changes.
import type { CyberDeclarationsMap } from '../../src/components/cyber-declarations-map';
import { STATUSES } from '../../src/lib/types';
import { mapOf } from './explorer-helpers';

export interface Escapes {
  errors: string[];
  stop(): void;
}

/** Records window 'error' and 'unhandledrejection' from now until stop(). */
export function catchEscapes(): Escapes {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason?.stack ?? e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const VALID_STATUS = new Set<string>(STATUSES);
const VALID_COUNT = new Set(['0', '1', '2', '3', '4', '5']);

/**
 * What is wrong with the drawn map, or [] when: in a declaration view after its launch every
 * country carries a valid data-status; in the all view a data-signed-count 0..5; before a launch
 * neither; the as-of line is never empty; and the data table, when shown, matches the map.
 */
export function mapInvariantProblems(el: CyberDeclarationsMap): string[] {
  const map = mapOf(el);
  const root = map?.shadowRoot;
  if (!root) return el.shadowRoot?.querySelector('[part="error"], [part="status"]') ? [] : ['neither a map nor a message'];
  const nodes = [...root.querySelectorAll('[data-country]')];
  if (nodes.length < 197) return [`only ${nodes.length} countries drawn`];
  const asOf = el.shadowRoot!.querySelector('[part="as-of"]')?.textContent?.trim() ?? '';
  const problems: string[] = asOf ? [] : ['empty as-of line'];
  const launched = !el.shadowRoot!.querySelector('.not-launched');
  const all = el.view === 'all';
  for (const n of nodes) {
    const id = n.getAttribute('data-country');
    const status = n.getAttribute('data-status');
    const count = n.getAttribute('data-signed-count');
    if (!launched) {
      if (status !== null || count !== null) problems.push(`${id}: coloured before the launch`);
    } else if (all) {
      if (!count || !VALID_COUNT.has(count) || status !== null) problems.push(`${id}: all view with count=${count} status=${status}`);
    } else if (!status || !VALID_STATUS.has(status) || count !== null) problems.push(`${id}: status=${status} count=${count}`);
  }
  // The data table (when shown) says what the map says, row for row.
  const rows = el.shadowRoot!.querySelector('cdm-data-table')?.shadowRoot?.querySelectorAll('tbody tr[data-row-status]') ?? [];
  if (launched && !all) {
    for (const tr of rows) {
      const id = tr.getAttribute('data-iso3');
      const onMap = root.querySelector(`[data-country="${id}"]`)?.getAttribute('data-status');
      if (tr.getAttribute('data-row-status') !== onMap) problems.push(`${id}: table ${tr.getAttribute('data-row-status')} vs map ${onMap}`);
    }
  }
  return problems.slice(0, 5);
}
