#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-16.png … icon-128.png): a red calendar page with gold
// binder rings and a gold five-pointed star. Each size has its own geometry snapped to the pixel
// grid, because a scaled-down 128 px drawing turns to mush at 16 px.
//
// Usage: node scripts/draw-icons.js [outDir] [--preview preview.png]
// Renders with the Debian `chromium` (CHROMIUM_PATH overrides) through playwright-core; it never
// downloads a browser.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const SIZES = [16, 32, 64, 80, 128];

const COLORS = {
  page: '#D7191F',
  header: '#A3121A',
  headerEdge: '#7F0E14',
  gold: '#FFC928',
  goldLight: '#FFE27A',
  goldDark: '#C98A00',
  ringHole: '#5E0A0F',
};

/**
 * Geometry per size, in pixels. page: the calendar sheet; header: height of the dark band at its
 * top; rings: x of each binder ring's left edge, its width and vertical span; star: centre and
 * outer radius.
 */
const GEOMETRY = {
  16: {
    page: { x: 1, y: 3, w: 14, h: 12, r: 2 },
    header: 4,
    rings: { xs: [4, 10], w: 2, y: 1, h: 4, r: 1 },
    star: { cx: 8, cy: 10.6, R: 4.4 },
    detail: false,
  },
  32: {
    page: { x: 2, y: 5, w: 28, h: 25, r: 4 },
    header: 7,
    rings: { xs: [8, 21], w: 3, y: 2, h: 7, r: 1.5 },
    star: { cx: 16, cy: 20.3, R: 8.6 },
    detail: false,
  },
  64: scaled(64),
  80: scaled(80),
  128: scaled(128),
};

/** The large sizes share one proportional drawing, with extra detail (hole in each ring, shading). */
function scaled(s) {
  const u = s / 128;
  return {
    page: { x: 8 * u, y: 18 * u, w: 112 * u, h: 102 * u, r: 16 * u },
    header: 28 * u,
    rings: { xs: [32 * u, 84 * u], w: 12 * u, y: 6 * u, h: 28 * u, r: 6 * u },
    star: { cx: 64 * u, cy: 80 * u, R: 33 * u },
    detail: true,
    u,
  };
}

function starPoints(cx, cy, R) {
  const r = R * 0.382; // the inner radius of a regular five-pointed star (1/φ²)
  const points = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? R : r;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(
      `${(cx + radius * Math.cos(angle)).toFixed(3)},${(cy + radius * Math.sin(angle)).toFixed(3)}`,
    );
  }
  return points.join(' ');
}

/** The SVG for one size. */
function iconSvg(size) {
  const g = GEOMETRY[size];
  const { page, rings, star } = g;
  const headerBottom = page.y + g.header;
  const parts = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
  );
  parts.push(
    '<defs>',
    `<clipPath id="page"><rect x="${page.x}" y="${page.y}" width="${page.w}" height="${page.h}" rx="${page.r}"/></clipPath>`,
    `<linearGradient id="star" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${COLORS.goldLight}"/><stop offset="1" stop-color="${COLORS.gold}"/></linearGradient>`,
    `<linearGradient id="sheet" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#E42A2F"/><stop offset="1" stop-color="${COLORS.page}"/></linearGradient>`,
    '</defs>',
  );
  // The sheet, then its dark header band clipped to the sheet's rounded corners.
  parts.push(
    `<rect x="${page.x}" y="${page.y}" width="${page.w}" height="${page.h}" rx="${page.r}" fill="${g.detail ? 'url(#sheet)' : COLORS.page}"/>`,
    `<rect x="${page.x}" y="${page.y}" width="${page.w}" height="${g.header}" fill="${COLORS.header}" clip-path="url(#page)"/>`,
  );
  if (g.detail) {
    const u = g.u;
    parts.push(
      `<rect x="${page.x}" y="${headerBottom - 2 * u}" width="${page.w}" height="${2 * u}" fill="${COLORS.headerEdge}" clip-path="url(#page)"/>`,
    );
  }
  // Binder rings: gold tabs that rise above the sheet, each with a dark punched hole on large sizes.
  for (const x of rings.xs) {
    parts.push(
      `<rect x="${x}" y="${rings.y}" width="${rings.w}" height="${rings.h}" rx="${rings.r}" fill="${COLORS.gold}"/>`,
    );
    if (g.detail) {
      const u = g.u;
      parts.push(
        `<rect x="${x + rings.w - 3 * u}" y="${rings.y + 2 * u}" width="${2 * u}" height="${rings.h - 4 * u}" rx="${u}" fill="${COLORS.goldDark}" opacity="0.55"/>`,
      );
    }
  }
  // The star: gold, with a thin darker rim on the large sizes so it reads on the red.
  const stroke = g.detail
    ? ` stroke="${COLORS.goldDark}" stroke-width="${1.6 * g.u}" stroke-linejoin="round"`
    : '';
  parts.push(
    `<polygon points="${starPoints(star.cx, star.cy, star.R)}" fill="${g.detail ? 'url(#star)' : COLORS.gold}"${stroke}/>`,
  );
  parts.push('</svg>');
  return parts.join('');
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  );
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      '找不到 chromium。请先安装：apt-get update && apt-get install -y chromium（或设置 CHROMIUM_PATH）。',
    );
  }
  return found;
}

async function main() {
  const args = process.argv.slice(2);
  const previewIndex = args.indexOf('--preview');
  const previewPath = previewIndex >= 0 ? args.splice(previewIndex, 2)[1] : undefined;
  const outDir = path.resolve(args[0] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });

  const { chromium } = require('playwright-core');
  // A throwaway profile, so no state from an earlier run changes the rendering.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'draw-icons-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    deviceScaleFactor: 1,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`,
      );
      const file = path.join(outDir, `icon-${size}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true });
      console.log(`已生成 ${path.relative(process.cwd(), file)} (${size}×${size})`);
    }
    if (previewPath) {
      // A contact sheet: every size at 1×, then each magnified 8× with hard pixels, on light and dark.
      const cells = SIZES.map(
        (size) =>
          `<img src="data:image/png;base64,${fs.readFileSync(path.join(outDir, `icon-${size}.png`)).toString('base64')}" style="width:${size * (size <= 32 ? 8 : 2)}px;image-rendering:pixelated;margin:4px">` +
          `<img src="data:image/png;base64,${fs.readFileSync(path.join(outDir, `icon-${size}.png`)).toString('base64')}" style="margin:4px">`,
      );
      await page.setViewportSize({ width: 1400, height: 700 });
      await page.setContent(
        `<body style="margin:0"><div style="background:#fff;padding:8px">${cells.join('')}</div><div style="background:#2b2b2b;padding:8px">${cells.join('')}</div></body>`,
      );
      await page.screenshot({ path: previewPath, fullPage: true });
      console.log(`预览: ${previewPath}`);
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}

module.exports = { iconSvg, SIZES };
