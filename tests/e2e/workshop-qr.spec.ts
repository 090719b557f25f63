import jsQR from 'jsqr';
import { test, expect } from './fixtures';
import { workshopLesson } from '../support/workshop';

const lesson = workshopLesson();

test('the QR code on the title slide decodes to the lesson\'s address on the hosted site', async ({ page }) => {
	expect(lesson.hosted, 'course.yaml sets siteUrl').toMatch(/^https:\/\//);
	await page.goto(lesson.slides);
	const title = page.locator('#slide-1');
	await expect(title.locator('.qr svg')).toBeVisible();
	await expect(title.locator('.qr figcaption')).toContainText(lesson.hosted!.replace(/^https:\/\//, ''));
	// The code leads to the hosted site, also from the offline copy: the caption says so.
	await expect(title.locator('.qr figcaption')).toContainText('it needs the internet');
	// Draw the inline SVG on a canvas, as a camera would see it, and read the pixels back.
	const image = await title.locator('.qr svg').evaluate(async (svg) => {
		const size = 240;
		const copy = svg.cloneNode(true) as SVGSVGElement;
		copy.setAttribute('width', String(size));
		copy.setAttribute('height', String(size));
		const source = new XMLSerializer().serializeToString(copy);
		const picture = new Image();
		await new Promise((resolve, reject) => {
			picture.onload = resolve;
			picture.onerror = () => reject(new Error('the QR code SVG did not load as a picture'));
			picture.src = `data:image/svg+xml;base64,${btoa(source)}`;
		});
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = size;
		const context = canvas.getContext('2d')!;
		context.fillStyle = '#fff';
		context.fillRect(0, 0, size, size);
		context.drawImage(picture, 0, 0, size, size);
		// Base64, not an array of numbers: a quarter of a million numbers take seconds to pass back.
		const pixels = context.getImageData(0, 0, size, size).data;
		let binary = '';
		for (let i = 0; i < pixels.length; i += 8192) binary += String.fromCharCode(...pixels.subarray(i, i + 8192));
		return { size, data: btoa(binary) };
	});
	const code = jsQR(new Uint8ClampedArray(Buffer.from(image.data, 'base64')), image.size, image.size);
	expect(code?.data).toBe(lesson.hosted);
});
