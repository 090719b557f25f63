import { findBrowsers, missingBrowsersMessage } from './browsers-present';

/** Before any browser test: say at once what to install, rather than fail later on a timeout. */
export default function globalSetup(): void {
	const message = missingBrowsersMessage(findBrowsers());
	if (message) throw new Error(message);
}
