// SVG path strings built once at build time (the browser never runs geoPath on the world).
// Compact form to stay within the atlas size budget: points are rounded to a tenth of an atlas
// pixel, repeated points (common after rounding) are dropped, and after each subpath's first
// absolute "M" the points are relative ("l" with implicit repeats): "M12.3,4.5l.1-.2 1.4,0z".
import { geoPath, type GeoPermissibleObjects, type GeoStreamWrapper } from 'd3';

/** Formats a count of tenths as a short SVG number: 12 -> "1.2", -5 -> "-.5", 30 -> "3". */
function tenths(t: number): string {
  const sign = t < 0 ? '-' : '';
  const abs = Math.abs(t);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${frac}`;
}

/** Joins numbers with as few separators as SVG allows (a minus sign separates by itself). */
function pair(x: number, y: number): string {
  const a = tenths(x);
  const b = tenths(y);
  return b.startsWith('-') ? a + b : `${a},${b}`;
}

/** geoPath context that writes the compact syntax above. */
class CompactPath {
  private out: string[] = [];
  private ring: [number, number][] = [];

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[Math.round(x * 10), Math.round(y * 10)]];
  }

  lineTo(x: number, y: number): void {
    const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
  }

  closePath(): void {
    this.flush(true);
  }

  arc(): void {
    throw new Error('compact paths do not draw points (use markers)');
  }

  /** Ends the current subpath; rings that collapse to under 3 points at this precision vanish. */
  private flush(closed = false): void {
    const ring = this.ring;
    this.ring = [];
    const first = ring[0];
    if (!first) return;
    // A closed ring repeats its start at the end; "z" draws that segment.
    const last = ring[ring.length - 1]!;
    if (closed && ring.length > 1 && last[0] === first[0] && last[1] === first[1]) ring.pop();
    if (closed ? ring.length < 3 : ring.length < 2) return;
    let text = `M${tenths(first[0])},${tenths(first[1])}`;
    let previous = first;
    for (let i = 1; i < ring.length; i++) {
      const point = ring[i]!;
      const step = pair(point[0] - previous[0], point[1] - previous[1]);
      text += i === 1 ? `l${step}` : step.startsWith('-') ? step : ` ${step}`;
      previous = point;
    }
    this.out.push(closed ? `${text}z` : text);
  }

  result(): string {
    this.flush();
    return this.out.join('');
  }
}

/** Compact path string in atlas pixels; '' when nothing is visible at this precision. */
export function pathString(projection: GeoStreamWrapper, object: GeoPermissibleObjects): string {
  const context = new CompactPath();
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
  return context.result();
}

const ARG_COUNTS: Readonly<Record<string, number>> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };
const TOKEN = /([MLHVCSQTAZmlhvcsqtaz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)|([\s,]+)|(.)/gy;

/** True for a non-empty SVG path that parses: starts with a move, each command has whole sets of arguments. */
export function isSvgPath(d: string): boolean {
  let command = '';
  let args = 0;
  let sawCommand = false;
  const complete = (): boolean => {
    const count = ARG_COUNTS[command.toUpperCase()] ?? -1;
    return count === 0 ? args === 0 : args > 0 && args % count === 0;
  };
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(d); match; match = TOKEN.exec(d)) {
    const [, letter, number, , bad] = match;
    if (bad !== undefined) return false;
    if (letter !== undefined) {
      if (!sawCommand && letter.toUpperCase() !== 'M') return false;
      if (sawCommand && !complete()) return false;
      command = letter;
      args = 0;
      sawCommand = true;
    } else if (number !== undefined) {
      if (!sawCommand) return false;
      args += 1;
    }
  }
  return sawCommand && complete();
}
