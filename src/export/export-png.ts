// Rasterises an export SVG (src/lib/export-svg.ts) to a PNG in the browser: the SVG goes into an
// <img> as a data: URL (no request, works from file://, keeps the canvas untainted since the SVG
// references nothing outside itself), is drawn on a canvas at the wanted width, and comes back as
// a PNG blob. All text, legend and source line included, because they are part of the SVG.

/** The default raster scale: twice the size the view has on screen. */
export const PNG_DEFAULT_SCALE = 2;
/** Canvas limits differ per browser; beyond this width we refuse rather than fail silently. */
export const PNG_MAX_WIDTH = 8192;

export interface PngOptions {
  /** Output width in px; wins over `scale`. */
  width?: number;
  /** Output width as a multiple of the SVG's own width (default 2). */
  scale?: number;
}

/** The width and height attributes of an SVG document's root, in px. */
export function svgSize(svgText: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svgText)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('The SVG has no width and height to rasterise at');
  return { width, height };
}

/** The PNG's pixel size for an SVG of `size` under `options`. */
export function pngSize(size: { width: number; height: number }, options: PngOptions = {}): { width: number; height: number } {
  const width = Math.round(options.width ?? size.width * (options.scale ?? PNG_DEFAULT_SCALE));
  if (!(width >= 1 && width <= PNG_MAX_WIDTH)) throw new RangeError(`PNG width must be 1..${PNG_MAX_WIDTH} px, not ${width}`);
  return { width, height: Math.round((size.height * width) / size.width) };
}

/** Draws the SVG on a canvas of the wanted size and encodes it as PNG. */
export async function svgToPng(svgText: string, options: PngOptions = {}): Promise<Blob> {
  const natural = svgSize(svgText);
  const out = pngSize(natural, options);
  const img = new Image();
  img.decoding = 'async';
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = out.width;
  canvas.height = out.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas');
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(img, 0, 0, out.width, out.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))), 'image/png'),
  );
}
