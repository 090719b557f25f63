import { DOMParser, type Element } from '@xmldom/xmldom';

/**
 * What a SCORM 1.2 package must hold (SCORM 1.2 Content Aggregation Model, IMS Content Packaging
 * 1.1.2): checked on imsmanifest.xml and the list of files in the zip. Returns the problems found.
 */
export const IMSCP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
export const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const XML_ID = /^[A-Za-z_][A-Za-z0-9._-]*$/;

const children = (el: Element, name: string): Element[] =>
	Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === IMSCP && (n as Element).localName === name);
const text = (el: Element | undefined) => el?.textContent?.trim() ?? '';

export function manifestProblems(xml: string, zipFiles: string[]): string[] {
	const problems: string[] = [];
	const errors: string[] = [];
	let doc;
	try {
		doc = new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(xml, 'text/xml');
	} catch (error) {
		return [`not well-formed XML: ${error instanceof Error ? error.message : String(error)}`];
	}
	if (errors.length) return errors.map((e) => `not well-formed XML: ${e}`);
	const inZip = new Set(zipFiles);
	const root = doc.documentElement;
	if (!root || root.localName !== 'manifest' || root.namespaceURI !== IMSCP) return ['the root element is not <manifest> in the IMS CP 1.1.2 namespace'];
	if (!inZip.has('imsmanifest.xml')) problems.push('imsmanifest.xml is not at the root of the zip');

	const ids = new Map<string, string>();
	const declare = (el: Element, what: string) => {
		const id = el.getAttribute('identifier') ?? '';
		if (!XML_ID.test(id)) problems.push(`${what} identifier "${id}" is not an XML ID`);
		if (ids.has(id)) problems.push(`identifier "${id}" is used twice`);
		ids.set(id, what);
		return id;
	};
	declare(root, 'manifest');

	const [metadata] = children(root, 'metadata');
	if (!metadata) problems.push('no <metadata>');
	else {
		if (text(children(metadata, 'schema')[0]) !== 'ADL SCORM') problems.push('metadata <schema> is not "ADL SCORM"');
		if (text(children(metadata, 'schemaversion')[0]) !== '1.2') problems.push('metadata <schemaversion> is not "1.2"');
	}

	const [organizations] = children(root, 'organizations');
	const [resources] = children(root, 'resources');
	if (!organizations) return [...problems, 'no <organizations>'];
	if (!resources) return [...problems, 'no <resources>'];
	const orgs = children(organizations, 'organization');
	const orgIds = orgs.map((o) => declare(o, 'organization'));
	const def = organizations.getAttribute('default') ?? '';
	if (!orgIds.includes(def)) problems.push(`organizations default "${def}" names no organization`);

	const resourceList = children(resources, 'resource');
	const resourceIds = new Map(resourceList.map((r) => [declare(r, 'resource'), r]));
	let scos = 0;
	for (const resource of resourceList) {
		const id = resource.getAttribute('identifier');
		const type = resource.getAttributeNS(ADLCP, 'scormtype');
		if (type !== 'sco' && type !== 'asset') problems.push(`resource ${id}: adlcp:scormtype is "${type}", not "sco" or "asset"`);
		if (resource.getAttribute('type') !== 'webcontent') problems.push(`resource ${id}: type is not "webcontent"`);
		const href = resource.getAttribute('href');
		if (type === 'sco') scos++;
		if (!href) problems.push(`resource ${id}: no href`);
		else if (!inZip.has(decodeURIComponent(href))) problems.push(`resource ${id}: href "${href}" is not in the zip`);
		for (const file of children(resource, 'file')) {
			const path = decodeURIComponent(file.getAttribute('href') ?? '');
			if (!inZip.has(path)) problems.push(`resource ${id}: file "${path}" is not in the zip`);
		}
	}
	if (scos === 0) problems.push('no resource with adlcp:scormtype="sco"');

	const walk = (parent: Element, where: string) => {
		for (const item of children(parent, 'item')) {
			const id = declare(item, 'item');
			if (!text(children(item, 'title')[0])) problems.push(`item ${id} has no <title>`);
			const ref = item.getAttribute('identifierref');
			const sub = children(item, 'item');
			if (ref === null && sub.length === 0) problems.push(`item ${id}: a leaf item needs an identifierref`);
			if (ref !== null && !resourceIds.has(ref)) problems.push(`item ${id}: identifierref "${ref}" names no resource`);
			walk(item, `${where}/${id}`);
		}
	};
	for (const org of orgs) {
		if (!text(children(org, 'title')[0])) problems.push(`organization ${org.getAttribute('identifier')} has no <title>`);
		if (children(org, 'item').length === 0) problems.push(`organization ${org.getAttribute('identifier')} has no item`);
		walk(org, org.getAttribute('identifier') ?? '');
	}
	return problems;
}
