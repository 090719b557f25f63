/**
 * imsmanifest.xml of the SCORM 1.2 package (IMS Content Packaging 1.1.2 with the ADL SCORM 1.2
 * extensions). One organisation with one item: the whole course is one SCO. Why not one per
 * module: the course is one website whose pages link across modules (home, search, glossary,
 * My progress, certificates) and keeps one progress store; one SCO keeps all of that working and
 * gives the platform one completion, one score and one place to resume.
 */
export interface ManifestOptions {
	/** Unique, stable name of the package, e.g. "community-digital-skills-0.1.0". */
	identifier: string;
	courseTitle: string;
	/** The page the platform opens (the shell page), relative to the package root. */
	launch: string;
	/** Every file of the package but the manifest, relative to the package root. */
	files: string[];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An XML ID (xs:ID, an NCName): a letter or "_" first, then letters, digits, ".", "-", "_". */
export function xmlId(text: string): string {
	const clean = text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
	return /^[A-Za-z_]/.test(clean) ? clean : `id-${clean}`;
}

/** A file path as a URI reference: each segment percent-encoded, the slashes kept. */
const href = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function scormManifest(o: ManifestOptions): string {
	const id = xmlId(o.identifier);
	const title = escapeXml(o.courseTitle);
	const files = [...o.files].sort().map((f) => `\t\t\t<file href="${escapeXml(href(f))}"/>`);
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
	xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
	xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
	<metadata>
		<schema>ADL SCORM</schema>
		<schemaversion>1.2</schemaversion>
	</metadata>
	<organizations default="${id}-org">
		<organization identifier="${id}-org">
			<title>${title}</title>
			<item identifier="${id}-course" identifierref="${id}-sco" isvisible="true">
				<title>${title}</title>
			</item>
		</organization>
	</organizations>
	<resources>
		<resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(href(o.launch))}">
${files.join('\n')}
		</resource>
	</resources>
</manifest>
`;
}
