/**
 * The checks of the mouse practice, pure so they are unit-tested. They are generous on purpose:
 * a slow double-click or a drop near the box still counts, and nothing is ever taken away.
 */

/** Two clicks on the same thing this close together (ms) count as a double-click: slower than most systems allow. */
export const DOUBLE_CLICK_MS = 900;

/** The pointer must move this far (px) with the button held before a press becomes a drag. */
export const DRAG_START_PX = 6;

/** A drop this close (px) to the box still lands in it. */
export const DROP_MARGIN_PX = 12;

export interface Point {
	x: number;
	y: number;
}

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * Whether a click opens the folder. `detail` is the click count the browser gives: 2 for a real
 * double-click, 0 for Enter or Space (the keyboard way to open). Otherwise two single clicks
 * close enough together count too, which helps a slow hand and a touchscreen's double tap.
 */
export function opensFolder(detail: number, time: number, previousClick?: number): boolean {
	if (detail === 0 || detail >= 2) return true;
	return previousClick !== undefined && time - previousClick >= 0 && time - previousClick <= DOUBLE_CLICK_MS;
}

/** Whether the pointer has moved far enough from where the button went down to be a drag. */
export function isDragging(start: Point, now: Point): boolean {
	return Math.hypot(now.x - start.x, now.y - start.y) >= DRAG_START_PX;
}

/** Whether a drop at `point` lands in the box, with a small margin around it. */
export function landsIn(point: Point, box: Box): boolean {
	return point.x >= box.left - DROP_MARGIN_PX && point.x <= box.right + DROP_MARGIN_PX && point.y >= box.top - DROP_MARGIN_PX && point.y <= box.bottom + DROP_MARGIN_PX;
}
