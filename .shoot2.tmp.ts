import { chromium } from 'playwright-core';
const [,, query, file, w, h, scheme] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: Number(w ?? 1280), height: Number(h ?? 1000) }, colorScheme: (scheme as 'light'|'dark') ?? 'light', reducedMotion: 'reduce' });
const page = await context.newPage();
page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') console.log('console:', m.text()); });
await page.goto(`http://127.0.0.1:5291/index.html?${query}`);
await page.waitForTimeout(5000); if (0) await page.waitForFunction(() => {
  const map = document.querySelector('cyber-declarations-map')?.shadowRoot?.querySelector('cdm-map');
  const st = [...(map?.shadowRoot?.querySelectorAll('[data-status]') ?? [])].map((n) => n.getAttribute('data-status'));
  return st.length > 150 && !st.includes('signed') && !st.includes('absent');
}, null, { timeout: 30000 });
await page.waitForTimeout(800);
await page.screenshot({ path: file, fullPage: Number(w) > 600 });
await browser.close();
console.log('wrote', file);
