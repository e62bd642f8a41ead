// Pixel counts of an element's screenshot, for canvases (WebGL maps) whose
// drawing the DOM does not show.

/** Pixels of the element's screenshot whose channels are in [rMin, rMax, gMin, gMax, bMin, bMax]. */
export async function countPixels(page, locator, range) {
  const png = await locator.screenshot();
  return page.evaluate(async ({ b64, range: [r0, r1, g0, g1, b0, b1] }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r >= r0 && r <= r1 && g >= g0 && g <= g1 && b >= b0 && b <= b1) n += 1;
    }
    return n;
  }, { b64: png.toString('base64'), range });
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
