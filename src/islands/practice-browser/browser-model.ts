/**
 * The pretend browser's state and what each button does to it: pure, so it is unit-tested
 * without a page. Addresses are strings; '' is a new, empty tab.
 */

/** Zoom levels, in percent, as common browsers step through them. */
export const ZOOM_STEPS = [50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200] as const;

export interface TabState {
	/** Addresses visited in this tab, oldest first. */
	history: string[];
	/** Which of them is shown. */
	index: number;
}

export interface BrowserState {
	tabs: TabState[];
	/** Index of the tab shown. */
	active: number;
	/** Zoom in percent. */
	zoom: number;
}

export type BrowserAction =
	| { type: 'back' }
	| { type: 'forward' }
	| { type: 'reload' }
	| { type: 'go'; address: string; via: 'address-bar' | 'link' }
	| { type: 'new-tab' }
	| { type: 'close-tab'; index: number }
	| { type: 'switch-tab'; index: number }
	| { type: 'zoom-in' }
	| { type: 'zoom-out' }
	| { type: 'site-info' };

export const NEW_TAB = '';

export function initialState(startAddress: string): BrowserState {
	return { tabs: [{ history: [startAddress], index: 0 }], active: 0, zoom: 100 };
}

export function activeTab(state: BrowserState): TabState {
	return state.tabs[state.active]!;
}

/** The address shown in the active tab. */
export function currentAddress(state: BrowserState): string {
	const tab = activeTab(state);
	return tab.history[tab.index] ?? NEW_TAB;
}

export const canGoBack = (state: BrowserState): boolean => activeTab(state).index > 0;
export const canGoForward = (state: BrowserState): boolean => activeTab(state).index < activeTab(state).history.length - 1;

function withTab(state: BrowserState, tab: TabState): BrowserState {
	return { ...state, tabs: state.tabs.map((t, i) => (i === state.active ? tab : t)) };
}

function zoomStep(zoom: number, direction: 1 | -1): number {
	const steps: readonly number[] = ZOOM_STEPS;
	const index = steps.indexOf(zoom);
	const next = steps[Math.min(steps.length - 1, Math.max(0, (index === -1 ? steps.indexOf(100) : index) + direction))];
	return next ?? zoom;
}

/** The state after an action. Never changes the state it is given. */
export function reduce(state: BrowserState, action: BrowserAction): BrowserState {
	const tab = activeTab(state);
	switch (action.type) {
		case 'back':
			return canGoBack(state) ? withTab(state, { ...tab, index: tab.index - 1 }) : state;
		case 'forward':
			return canGoForward(state) ? withTab(state, { ...tab, index: tab.index + 1 }) : state;
		case 'go': {
			const address = action.address.trim();
			if (!address) return state;
			return withTab(state, { history: [...tab.history.slice(0, tab.index + 1), address], index: tab.index + 1 });
		}
		case 'new-tab':
			return { ...state, tabs: [...state.tabs, { history: [NEW_TAB], index: 0 }], active: state.tabs.length };
		case 'close-tab': {
			if (!state.tabs[action.index]) return state;
			// Closing the last tab leaves an empty one: the window stays, as the practice needs it.
			if (state.tabs.length === 1) return { ...state, tabs: [{ history: [NEW_TAB], index: 0 }], active: 0 };
			const tabs = state.tabs.filter((_, i) => i !== action.index);
			const active = action.index < state.active || state.active === tabs.length ? state.active - 1 : state.active;
			return { ...state, tabs, active };
		}
		case 'switch-tab':
			return state.tabs[action.index] ? { ...state, active: action.index } : state;
		case 'zoom-in':
			return { ...state, zoom: zoomStep(state.zoom, 1) };
		case 'zoom-out':
			return { ...state, zoom: zoomStep(state.zoom, -1) };
		case 'reload':
		case 'site-info':
			return state;
	}
}
