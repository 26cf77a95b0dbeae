import { expect, holdMapData, iconsInThreeD, legEndPins, openMap, openPopup, test } from './fixtures';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

test.describe('on a phone', () => {
  test('the map fills the screen, the legend starts folded and a popup fits', async ({ page }) => {
    await openMap(page);
    const map = await page.locator('.leaflet-container').boundingBox();
    expect(map!.width).toBe(375);
    expect(map!.height).toBeGreaterThan(600);
    await expect(page.locator('#legend')).not.toHaveAttribute('open');
    await page.getByRole('link', { name: 'Show on map: Vostochny Cosmodrome, Wed 13 Sep 2023' }).tap();
    const popup = await openPopup(page);
    const box = (await popup.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);

    // Its text is taller than the popup: the popup scrolls, a shadow marks the edge with more
    // beyond it (phones hide scrollbars), and the sources at the end can be scrolled to.
    const content = popup.locator('.leaflet-popup-content');
    await expect(content).toHaveClass(/leaflet-popup-scrolled/);
    expect(await content.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('radial-gradient');
    const lastSource = popup.locator('.sources li').last();
    const bottom = async () => { const b = (await content.boundingBox())!; return b.y + b.height; };
    expect((await lastSource.boundingBox())!.y).toBeGreaterThan(await bottom());
    await lastSource.scrollIntoViewIfNeeded();
    const reached = (await lastSource.boundingBox())!;
    expect(reached.y + reached.height).toBeLessThanOrEqual((await bottom()) + 1); // sub-pixel layout
  });

  test('a visit opened with the page has its popup below the zoom buttons, as wide as the map', async ({ page }) => {
    await openMap(page, '/?trip=kim-2023&visit=kim-2023-khasan');
    const wrapper = (await openPopup(page)).locator('.leaflet-popup-content-wrapper');
    const buttons = (await page.locator('.leaflet-control-zoom').boundingBox())!;
    expect((await wrapper.boundingBox())!.x).toBeLessThan(buttons.x + buttons.width); // it would reach under them
    // Polled: the map may still be panning the popup into its room.
    await expect.poll(async () => (await wrapper.boundingBox())!.y).toBeGreaterThanOrEqual(buttons.y + buttons.height);
  });

  test('a pinch zooms the map; the pins are placed flat again and the legs still end on them', async ({ page }) => {
    await openMap(page, '/?trip=kim-2023');
    const map = page.locator('.leaflet-container');
    const zoom = async () => Number(await map.getAttribute('data-zoom'));
    const before = await zoom();
    const box = (await map.boundingBox())!;
    // Chromium's own two-finger gesture (touch events), as a phone sends it; it resolves once the fingers lift.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.synthesizePinchGesture', { x: box.x + box.width / 2, y: box.y + box.height / 2, scaleFactor: 2.3, gestureSourceType: 'touch' });
    // 2.3 times is 1.2 zoom levels at least (Chromium spreads the fingers a little further), snapped to a half level.
    await expect.poll(zoom).toBeGreaterThanOrEqual(before + 1);

    // An icon that Leaflet placed in 3D during the pinch stays so until placed again.
    await expect.poll(() => iconsInThreeD(page), 'marker icons placed with translate3d').toBe(0);
    const legEnds = (await legEndPins(page, '.leaflet-overlay-pane path[stroke="#D55E00"]')).filter((end) => end.inside);
    expect(legEnds.length, 'legs ending in view').toBeGreaterThan(0);
    // On its place's pin, or within the 24 px that fold places into one marker (geo/fold-places.ts).
    for (const { gap, folded } of legEnds) expect(gap).toBeLessThanOrEqual(folded ? 24 : 1.5);
  });

  test('a notice about the URL leaves the folded legend in reach', async ({ page }) => {
    await openMap(page, '/?trip=kim-2019&visit=kim-2019-fefu');
    const notice = (await page.locator('.view-notice').boundingBox())!;
    const summary = (await page.locator('#legend summary').boundingBox())!;
    expect(notice.y).toBeGreaterThanOrEqual(summary.y + summary.height);
    await page.locator('#legend summary').tap();
    await expect(page.locator('#legend')).toHaveAttribute('open');
  });

  // The legend, notice and links are on the page before the map's data: a reader may use them, and
  // the map taking over must not undo it (fold the legend again, announce the notice again, drop
  // the focus).
  test('what a reader did while the map loaded stays once it is drawn', async ({ page }) => {
    const release = await holdMapData(page);
    await page.goto('/?trip=kim-2019&visit=kim-2019-fefu');
    await expect(page.locator('#map')).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('#legend')).not.toHaveAttribute('open');
    await page.locator('#legend summary').tap();
    await expect(page.locator('#legend')).toHaveAttribute('open');
    await page.locator('.view-notice').evaluate((notice) => { notice.dataset.seen = 'yes'; });
    const russian = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' });
    await russian.focus();
    release();
    await expect(page.locator('[data-map-ready="true"]')).toBeVisible();
    await expect(page.locator('#legend')).toHaveAttribute('open');
    await expect(page.locator('.view-notice')).toHaveAttribute('data-seen', 'yes');
    await expect(russian).toBeFocused();
  });
});

test.describe('stepping on a phone', () => {
  test.use({ reducedMotion: 'reduce' });

  test('large step buttons work by touch, and a swipe on the timeline steps', async ({ page }) => {
    await openMap(page, '/?trip=kim-2019');
    const next = page.getByRole('button', { name: 'Next visit' });
    const box = (await next.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await next.tap();
    await expect(page).toHaveURL(/visit=kim-2019-departure/);
    await next.tap();
    await expect(page).toHaveURL(/visit=kim-2019-tumangang/);

    // A leftward swipe on the timeline goes to the next visit, a rightward one back.
    const axis = (await page.locator('.timeline-axis').boundingBox())!;
    const y = axis.y + axis.height / 2;
    const swipe = async (fromX: number, toX: number) => {
      await page.locator('.timeline-axis').dispatchEvent('pointerdown', { clientX: fromX, clientY: y, pointerType: 'touch', isPrimary: true });
      await page.locator('.timeline-axis').dispatchEvent('pointerup', { clientX: toX, clientY: y, pointerType: 'touch', isPrimary: true });
    };
    await swipe(axis.x + 300, axis.x + 100);
    await expect(page).toHaveURL(/visit=kim-2019-khasan/);
    await swipe(axis.x + 100, axis.x + 300);
    await expect(page).toHaveURL(/visit=kim-2019-tumangang/);

    const popup = await openPopup(page);
    const popupBox = (await popup.boundingBox())!;
    expect(popupBox.x).toBeGreaterThanOrEqual(0);
    expect(popupBox.x + popupBox.width).toBeLessThanOrEqual(375);
  });
});
