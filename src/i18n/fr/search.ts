import type { search as en } from '../en/search';

/** Textes de la recherche : la boîte de recherche et la page de recherche. */
export const search = {
	'search.label': 'Chercher dans le cours',
	'search.button': 'Chercher',
	'search.hint': 'Tapez quelques mots, par exemple : arnaque par SMS',
	'search.pageTitle': 'Chercher dans le cours',
	'search.pageIntro': 'Trouvez la leçon qu’il vous faut. Tapez ce que vous voulez faire ou apprendre, avec vos mots.',
	'search.moduleLabel': 'Chercher dans',
	'search.allModules': 'Tous les modules',
	'search.noScript': 'La recherche a besoin de JavaScript, qui ne marche pas dans ce navigateur. Vous pouvez quand même ouvrir toutes les leçons depuis les modules.',
	'search.results': 'Résultats de la recherche',
	'search.searching': 'Recherche en cours…',
	'search.count': '{count} {count|leçon trouvée|leçons trouvées} pour « {query} ».',
	'search.none': 'Aucune leçon trouvée pour « {query} ».',
	'search.corrected': 'Nous avons cherché « {used} » au lieu de « {typed} ».',
	'search.empty': 'Tapez un ou deux mots, puis appuyez sur Chercher.',
	'search.helpTitle': 'Pour trouver plus facilement :',
	'search.helpSpelling': 'Vérifiez l’orthographe.',
	'search.helpFewer': 'Essayez avec moins de mots, ou un mot plus courant : « courriel » au lieu de « Gmail ».',
	'search.helpBrowse': 'Parcourir les modules',
	'search.helpBrowseList': 'Ou parcourez les modules :',
	'search.seeAll': 'Voir les {count} résultats',
	'search.moreResultsLabel': 'Autres résultats',
	'search.moreResults': 'Autres résultats : {count} {count|autre leçon|autres leçons} avec une partie de vos mots',
	'search.unavailable': 'La recherche n’a pas pu démarrer sur cet ordinateur. Parcourez plutôt les modules.',
} as const satisfies Record<keyof typeof en, string>;
