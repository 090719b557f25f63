import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import french from 'lunr-languages/lunr.fr.js';
import type { SearchLanguage } from '../language';
import { rejoinElisions, separateElisions } from '../elisions';
import { foldText } from '../words';

// lunr-languages adds lunr.fr (Snowball's French stemmer, French stop words) to lunr, and
// registers its pipeline functions, which loading a French index needs: once.
const withFrench = lunr as typeof lunr & { fr?: lunr.Builder.Plugin & { stemmer: lunr.PipelineFunction } };
if (!withFrench.fr) {
	stemmerSupport(lunr);
	french(lunr);
}
const fr = withFrench.fr!;

/**
 * French stop words as queries read them (folded: "été" -> "ete"): lunr-languages' list, which
 * the index leaves out, so both engines are asked about the same words.
 */
const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(
	(
		'ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez aurions aurons auront aux avaient avais avait avec avez ' +
		'aviez avions avons ayant ayez ayons c ce ceci cela cela ces cet cette d dans de des du elle en es est et eu eue eues eurent eus eusse ' +
		'eussent eusses eussiez eussions eut eux eumes eut eutes furent fus fusse fussent fusses fussiez fussions fut fumes fut futes ici il ils j ' +
		'je l la le les leur leurs lui m ma mais me mes moi mon meme n ne nos notre nous on ont ou par pas pour qu que quel quelle quelles quels ' +
		'qui s sa sans se sera serai seraient serais serait seras serez seriez serions serons seront ses soi soient sois soit sommes son sont ' +
		'soyez soyons suis sur t ta te tes toi ton tu un une vos votre vous y a etaient etais etait etant etiez etions ete etee etees etes etes'
	)
		.split(' ')
		.map(foldText),
);

/** French: Snowball's French stemmer and stop words, from lunr-languages. */
export const language: SearchLanguage = {
	code: 'fr',
	stopWords: FRENCH_STOP_WORDS,
	stem: (word) => fr.stemmer(new lunr.Token(word, {})).toString(),
	setUp: (builder) => builder.use(fr),
	separateWords: separateElisions,
	rejoinWords: rejoinElisions,
};
