/** Width and height of an SVG from its attributes or viewBox, so pages reserve its space. */
export function svgSize(svg: string): { width: number; height: number } | undefined {
	const tag = /<svg\b[^>]*>/i.exec(svg)?.[0];
	if (!tag) return undefined;
	const num = (name: string) => {
		const m = new RegExp(`\\s${name}="([\\d.]+)(px)?"`).exec(tag);
		return m ? Number(m[1]) : undefined;
	};
	const width = num('width');
	const height = num('height');
	if (width && height) return { width, height };
	const box = /viewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(tag);
	return box ? { width: Number(box[1]), height: Number(box[2]) } : undefined;
}
