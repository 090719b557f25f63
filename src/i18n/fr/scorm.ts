import type { scorm as en } from '../en/scorm';

/** Textes du paquet SCORM : ce que le cours dit quand la plateforme ne garde pas les progrès. */
export const scorm = {
	'scorm.notice.start': 'La plateforme de formation ne répond pas. Vous pouvez quand même suivre le cours. Vos progrès sont gardés sur cet ordinateur seulement.',
	'scorm.notice.save': 'La plateforme de formation n’enregistre plus vos progrès. Vous pouvez continuer : vos progrès sont gardés sur cet ordinateur pour l’instant. Prévenez votre formateur.',
	'scorm.notice.restore': 'Nous n’avons pas pu lire vos progrès enregistrés sur la plateforme. Le cours utilise ceux gardés sur cet ordinateur.',
	'scorm.notice.too-big': 'Vos progrès sont trop lourds pour la plateforme. Ils sont gardés sur cet ordinateur. Vos résultats arrivent quand même sur la plateforme.',
} as const satisfies Record<keyof typeof en, string>;
