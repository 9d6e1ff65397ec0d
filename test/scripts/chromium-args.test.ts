// The flags every test and the bench start Chromium with. Chromium keeps only the last
// --disable-features of its command line, and Playwright puts its own list first: ours must
// repeat Playwright's, or the features it turns off (paint holding, HTTPS upgrades…) come back on.
import { expect, test } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.mjs';

test("the browser's last --disable-features keeps Playwright's list and adds the omnibox popup's renderer", async () => {
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--enable-automation'] }); // (which lets it tell its command line)
  try {
    const cdp = await browser.newBrowserCDPSession();
    const { arguments: argv } = (await cdp.send('Browser.getBrowserCommandLine')) as { arguments: string[] };
    const lists = argv.filter((a) => a.startsWith('--disable-features=')).map((a) => a.slice('--disable-features='.length).split(','));
    expect(lists.length, 'Playwright passes its own list').toBeGreaterThan(0);
    const last = new Set(lists.at(-1));
    const dropped = lists.flat().filter((feature) => !last.has(feature));
    expect(dropped, 'features an earlier --disable-features turned off and the last one turns back on').toEqual([]);
    for (const feature of ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup']) expect(last).toContain(feature);
  } finally {
    await browser.close();
  }
}, 60_000);
