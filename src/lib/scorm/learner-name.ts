/** The longest name the certificate's name field takes (its maxlength). */
export const NAME_MAX = 80;

/**
 * The learner's name as a certificate prints it, from the platform's `cmi.core.student_name`,
 * which SCORM 1.2 writes "Last, First" (some platforms send "First Last", or nothing).
 * "Okafor, Ada" gives "Ada Okafor"; undefined when there is no usable name.
 */
export function certificateName(studentName: unknown): string | undefined {
	if (typeof studentName !== 'string') return undefined;
	const clean = studentName.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
	if (!clean) return undefined;
	const comma = clean.indexOf(',');
	const name = comma === -1 ? clean : `${clean.slice(comma + 1).trim()} ${clean.slice(0, comma).trim()}`.trim();
	return name.slice(0, NAME_MAX).trim() || undefined;
}
