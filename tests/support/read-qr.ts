import jsQR from 'jsqr';
import type { Locator, Page } from '@playwright/test';

/**
 * Reads the QR code in an element the way a phone camera would: a screenshot of the element
 * as it is drawn (at the page's own size, so a printed-size page gives a printed-size picture),
 * turned into pixels in the browser and decoded with jsQR. Undefined when nothing is read.
 */
export async function readQr(page: Page, element: Locator): Promise<string | undefined> {
	const png = (await element.screenshot()).toString('base64');
	const image = await page.evaluate(async (data) => {
		const picture = new Image();
		await new Promise((resolve, reject) => {
			picture.onload = resolve;
			picture.onerror = () => reject(new Error('the screenshot did not load as a picture'));
			picture.src = `data:image/png;base64,${data}`;
		});
		const canvas = document.createElement('canvas');
		canvas.width = picture.naturalWidth;
		canvas.height = picture.naturalHeight;
		const context = canvas.getContext('2d')!;
		context.drawImage(picture, 0, 0);
		// Base64, not an array of numbers: a quarter of a million numbers take seconds to pass back.
		const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
		let binary = '';
		for (let i = 0; i < pixels.length; i += 8192) binary += String.fromCharCode(...pixels.subarray(i, i + 8192));
		return { width: canvas.width, height: canvas.height, data: btoa(binary) };
	}, png);
	return jsQR(new Uint8ClampedArray(Buffer.from(image.data, 'base64')), image.width, image.height)?.data;
}
