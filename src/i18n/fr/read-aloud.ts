import type { readAloud as en } from '../en/read-aloud';

/** Textes du bouton Écouter (src/islands/read-aloud). */
export const readAloud = {
	'readAloud.listen': 'Écouter',
	'readAloud.controls': 'Lecture à voix haute',
	'readAloud.pause': 'Pause',
	'readAloud.resume': 'Reprendre',
	'readAloud.back': 'Phrase précédente',
	'readAloud.next': 'Phrase suivante',
	'readAloud.stop': 'Arrêter',
	'readAloud.speed': 'Vitesse',
	'readAloud.slower': 'Plus lent',
	'readAloud.normal': 'Normale',
	'readAloud.faster': 'Plus rapide',
	'readAloud.voice': 'Voix',
	'readAloud.online': '{name} (avec internet)',
	'readAloud.tip': 'Astuce : cliquez sur un paragraphe pour lire à partir de là.',
	'readAloud.reading': 'Lecture en cours',
	'readAloud.paused': 'En pause',
	'readAloud.stopped': 'Arrêté',
	'readAloud.finished': 'Lecture terminée',
	'readAloud.failed': 'La voix s’est arrêtée. Appuyez sur Reprendre pour réessayer.',
} as const satisfies Record<keyof typeof en, string>;
