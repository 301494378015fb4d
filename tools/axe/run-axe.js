// Run axe-core's WCAG 2.1 A and AA rules on local HTML files in headless Chromium.
// Usage: node run-axe.js FILE.html [FILE.html ...]
// Prints one JSON object: {"<file>": [{"id", "impact", "help", "nodes": [target, ...]}, ...]}.
// Exit 0 when it ran (violations or not), 2 when it could not run.
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function main(files) {
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // The network here is closed: background connections only slow Chromium down.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const result = {};
  try {
    for (const file of files) {
      const page = await browser.newPage();
      await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const found = await page.evaluate(async (tags) => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return r.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => n.target.join(' ')),
        }));
      }, TAGS);
      result[file] = found;
      await page.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(result));
}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
  process.exit(2);
});
