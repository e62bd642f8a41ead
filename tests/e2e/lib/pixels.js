// Pixel counts of an element's screenshot, for canvases (WebGL maps, ECharts,
// Vega-Lite and Plotly drawings) whose drawing the DOM does not show. The
// screenshot is decoded by the page (no PNG library here); what counts is
// given as data, since the page's CSP forbids turning a function's source back
// into code there.

/**
 * Pixels of the element's screenshot that `which` picks:
 * - `{ differsFromWhite: d }` (the default, d = 90): the sum of the three channels is more than
 *   `d` below white's (drawn on a white page);
 * - `{ range: [rMin, rMax, gMin, gMax, bMin, bMax] }`: each channel in its bounds;
 * - `{ near: [r, g, b], tolerance }`: each channel within `tolerance` (40) of the colour's;
 * - `{ greenBy: d }`: green above both red and blue by more than `d`.
 * `options` go to the screenshot (e.g. a longer `timeout` under load).
 */
export async function paintedPixels(page, locator, which = { differsFromWhite: 90 }, options = {}) {
  const png = await locator.screenshot(options);
  return page.evaluate(async ({ b64, which: w }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    const tolerance = w.tolerance ?? 40;
    const picks = (r, g, b) => {
      if (w.range) {
        const [r0, r1, g0, g1, b0, b1] = w.range;
        return r >= r0 && r <= r1 && g >= g0 && g <= g1 && b >= b0 && b <= b1;
      }
      if (w.near) {
        return Math.abs(r - w.near[0]) < tolerance && Math.abs(g - w.near[1]) < tolerance && Math.abs(b - w.near[2]) < tolerance;
      }
      if (w.greenBy !== undefined) return g - r > w.greenBy && g - b > w.greenBy;
      return 255 * 3 - r - g - b > w.differsFromWhite;
    };
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (picks(data[i], data[i + 1], data[i + 2])) n += 1;
    }
    return n;
  }, { b64: png.toString('base64'), which });
}

/** Pixels of the element's screenshot whose channels are in [rMin, rMax, gMin, gMax, bMin, bMax]. */
export async function countPixels(page, locator, range) {
  return paintedPixels(page, locator, { range });
}

/** Polls until the element shows more than `least` pixels in the colour range. */
export async function waitForPixels(page, locator, range, least, label) {
  let seen = 0;
  for (let i = 0; i < 60; i += 1) {
    seen = await countPixels(page, locator, range);
    if (seen > least) return seen;
    await page.waitForTimeout(250);
  }
  throw new Error(`${label}: ${seen} pixels in range, wanted more than ${least}`);
}
