import { chromium } from 'playwright-core';
import { startStaticServer } from '/work/wt-embed/scripts/static-server';
const server = await startStaticServer([process.env.OUT!]);
const resizer = `<script>addEventListener('message',e=>{const h=e.data&&e.data['datawrapper-height'];if(h)for(const k in h)document.querySelector('iframe').style.height=h[k]+'px'})</script>`;
server.addPage('/fixed.html', `<!doctype html><body style="margin:0"><iframe style="border:0;width:444px;height:2000px" src="/embed.html?declaration=dfi-2022"></iframe>`);
server.addPage('/resized.html', `<!doctype html><body style="margin:0"><iframe style="border:0;width:444px;height:150px" src="/embed.html?declaration=dfi-2022"></iframe>${resizer}`);
server.addPage('/top.html', `<!doctype html><body style="margin:0;width:444px"><script type="module" src="/assets/${process.argv[2]}"></script>`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 900, height: 800 } });
for (const p of ['resized.html']) {
  let bad = 0;
  for (let i = 0; i < 40; i++) {
    const page = await ctx.newPage();
    await page.goto(server.url + p);
    await page.waitForTimeout(2000);
    const f = page.frames()[1];
    const h = await f.evaluate(() => document.querySelector('cyber-declarations-map')!.shadowRoot!.querySelector('cdm-legend')?.getBoundingClientRect().height);
    if (!h) bad++;
    await page.close();
  }
  console.log(p, bad, '/40');
}
await browser.close(); await server.close();
