/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests for pure logic (schemas, helpers, content checks, stores). Browser behaviour is
// tested with Playwright against the built site.
export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
	},
});
