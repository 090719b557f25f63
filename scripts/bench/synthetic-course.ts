import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Copies a content folder and repeats its real lessons until there are `count`, spread over the
 * same modules, each with its own id and order, so the build sees a course of that size.
 */
export function makeSyntheticCourse(sourceRoot: string, targetRoot: string, count: number): number {
	rmSync(targetRoot, { recursive: true, force: true });
	mkdirSync(targetRoot, { recursive: true });
	for (const entry of readdirSync(sourceRoot)) if (entry !== 'lessons') cpSync(join(sourceRoot, entry), join(targetRoot, entry), { recursive: true });
	const originals: { module: string; name: string; text: string }[] = [];
	for (const module of readdirSync(join(sourceRoot, 'lessons'))) {
		for (const name of readdirSync(join(sourceRoot, 'lessons', module)).filter((n) => n.endsWith('.mdx'))) {
			originals.push({ module, name, text: readFileSync(join(sourceRoot, 'lessons', module, name), 'utf8') });
		}
	}
	if (originals.length === 0) throw new Error(`No lessons under ${sourceRoot}/lessons`);
	const orderInModule = new Map<string, number>();
	for (let i = 0; i < count; i++) {
		const original = originals[i % originals.length]!;
		const copy = Math.floor(i / originals.length);
		const order = (orderInModule.get(original.module) ?? 0) + 1;
		orderInModule.set(original.module, order);
		const slug = original.name.replace(/^\d+-/, '').replace(/\.mdx$/, '');
		const id = copy === 0 ? slug : `${slug}-copy-${copy}`;
		const text = original.text
			.replace(/^id: .*$/m, `id: ${id}`)
			.replace(/^order: .*$/m, `order: ${order}`)
			.replace(/^title: (.*)$/m, (line: string, t: string) => (copy === 0 ? line : `title: ${JSON.stringify(`${parse(t) as string} (copy ${copy})`)}`));
		mkdirSync(join(targetRoot, 'lessons', original.module), { recursive: true });
		writeFileSync(join(targetRoot, 'lessons', original.module, `${String(order).padStart(4, '0')}-${id}.mdx`), text);
	}
	return count;
}
