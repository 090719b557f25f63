/// <reference types="astro/client" />

// Lets plain TypeScript (tsc in the test command) see .astro imports; Astro's own tooling types
// each component's props in detail.
declare module '*.astro' {
	const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
	export default Component;
}
