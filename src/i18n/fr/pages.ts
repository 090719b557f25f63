import type { pages as en } from '../en/pages';

/**
 * Le texte des pages « À propos et vie privée » et « Pour les formateurs ». `{progressLink}` et
 * `{downloadLink}` marquent la place des liens ; les clés `*LinkText` sont leurs mots.
 */
export const pages = {
	'about.title': 'À propos et vie privée',
	'about.description': 'Qui a fait ce cours, et ce qu’il garde sur vous.',
	'about.lead': '{title} est un cours gratuit pour celles et ceux qui veulent utiliser internet en confiance.',
	'about.keepsTitle': 'Ce que ce cours garde sur vous',
	'about.keeps1': 'Rien ne quitte votre ordinateur. Il n’y a pas de compte, pas de connexion, et pas de publicité.',
	'about.keeps2': 'Le site n’utilise pas de cookies. Il ne compte pas les visiteurs. Il ne charge rien venant d’autres entreprises : ni polices, ni vidéos, ni pisteurs.',
	'about.savedTitle': 'Ce qui est enregistré sur cet ordinateur',
	'about.savedIntro': 'Votre navigateur peut enregistrer quelques informations pour vous, sur cet ordinateur seulement :',
	'about.saved1': 'la taille de texte que vous avez choisie ;',
	'about.saved2': 'les leçons que vous avez finies et vos scores aux quiz, si vous les utilisez.',
	'about.savedWhere': 'Ces informations sont enregistrées dans la mémoire du navigateur (le « stockage local »). Seules les personnes qui utilisent cet ordinateur, avec ce navigateur, peuvent les voir.',
	'about.sharedTitle': 'Sur un ordinateur partagé',
	'about.shared': 'Dans une médiathèque ou sur un autre ordinateur partagé, d’autres personnes utiliseront peut-être le même navigateur après vous. Vous pouvez effacer à tout moment ce que ce cours a enregistré, depuis la page {progressLink}. Vous pouvez aussi y choisir « C’est un ordinateur partagé » : rien n’est alors gardé après la fermeture du navigateur.',
	'about.progressLinkText': 'Mes progrès',
	'about.whoTitle': 'Qui a fait ce cours',
	'about.who': 'Ce cours est fait par une petite équipe, pour les bibliothèques, les médiathèques et les associations. Vous pouvez l’utiliser et le partager gratuitement.',
	'trainers.title': 'Pour les formateurs',
	'trainers.description': 'Comment animer ces leçons en atelier, à la médiathèque ou ailleurs.',
	'trainers.lead': 'Tout ce cours est libre d’utilisation dans vos ateliers. Chaque leçon marche pour une personne seule, comme pour un formateur avec un vidéoprojecteur et une salle de débutants.',
	'trainers.builtTitle': 'Comment une leçon est construite',
	'trainers.built1': 'Elle commence par les questions auxquelles elle répond, et par ce que les participants sauront faire.',
	'trainers.built2': 'Elle propose au moins une activité à faire sur un ordinateur de bibliothèque, sans compte.',
	'trainers.built3': 'Elle se termine par les points à retenir et un petit quiz.',
	'trainers.built4': 'Chaque leçon contient des notes pour le formateur : durées, façon de faire la démonstration, difficultés et questions fréquentes. Elles n’apparaissent jamais sur les pages des participants ni sur les diapositives projetées : vous les trouvez dans les guides d’animation et les notes de l’animateur.',
	'trainers.timingsTitle': 'Modules et durées',
	'trainers.timingsCaption': 'Modules, leçons et durée',
	'trainers.colModule': 'Module',
	'trainers.colLessons': 'Leçons',
	'trainers.colTime': 'Durée',
	'trainers.offlineTitle': 'Travailler sans internet',
	'trainers.offline': 'Vous pouvez {downloadLink} et l’utiliser sur un ordinateur sans connexion.',
	'trainers.downloadLinkText': 'télécharger tout le cours',
} as const satisfies Record<keyof typeof en, string>;
