/**
 * Makes a PDF Chromium printed from the build's loopback server fit for publishing, and the same
 * bytes in every build of the same page:
 * - Chromium writes the time of printing and, in a tagged PDF, names each structure element
 *   after its node in the renderer ("node00005605"), a counter that depends on everything the
 *   browser rendered before. Left in, every build made different PDFs, so the pages listing their
 *   sizes and the service worker's version changed although nothing did, and readers
 *   re-downloaded what they had saved.
 * - Links to other pages of the site point at the address the page was printed from
 *   (http://127.0.0.1:<a port chosen for the build>/…), which no reader can open.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

/** A string in the document: the dictionary key or array index that holds it, and its text. */
interface Place {
	holder: PDFDict | PDFArray;
	at: PDFName | number;
	text: string;
}

/** Every string in the document's objects (not inside content streams). */
function strings(doc: PDFDocument): Place[] {
	const places: Place[] = [];
	const seen = new Set<PDFObject>();
	const visit = (o: PDFObject | undefined) => {
		if (!(o instanceof PDFDict || o instanceof PDFArray) || seen.has(o)) return;
		seen.add(o);
		const note = (at: PDFName | number, value: PDFObject | undefined) => {
			if (value instanceof PDFString || value instanceof PDFHexString) places.push({ holder: o, at, text: value.decodeText() });
			else visit(value); // references are not followed: every object is visited from the list
		};
		if (o instanceof PDFDict) for (const [key, value] of o.entries()) note(key, value);
		else for (let i = 0; i < o.size(); i++) note(i, o.get(i));
	};
	for (const [, object] of doc.context.enumerateIndirectObjects()) visit(object);
	return places;
}

const replace = ({ holder, at }: Place, text: string) => {
	if (holder instanceof PDFDict) holder.set(at as PDFName, PDFString.of(text));
	else holder.set(at as number, PDFString.of(text));
};

const NODE_ID = /^node(\d+)$/;

/**
 * Removes the creation and modification dates and renumbers Chromium's structure element ids in
 * the order they had: node00000001, … wherever they appear (an element's /ID, the keys and limits
 * of the /IDTree, a table cell's /Headers). The ids only link elements to one another, so the
 * document reads the same.
 */
export function makeReproducible(doc: PDFDocument): void {
	const info = doc.context.lookupMaybe(doc.context.trailerInfo.Info, PDFDict);
	info?.delete(PDFName.of('CreationDate'));
	info?.delete(PDFName.of('ModDate'));
	const ids = strings(doc).flatMap((p) => {
		const m = p.text.match(NODE_ID);
		return m ? [{ ...p, id: Number(m[1]) }] : [];
	});
	const order = new Map([...new Set(ids.map((p) => p.id))].toSorted((a, b) => a - b).map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`]));
	for (const p of ids) replace(p, order.get(p.id)!);
}

/** Points the links that start with `printedFrom` (the loopback origin) at `publishedAt` (the site's origin) instead. */
export function rebaseLinks(doc: PDFDocument, printedFrom: string, publishedAt: string): void {
	const from = `${printedFrom.replace(/\/$/, '')}/`;
	const to = `${publishedAt.replace(/\/$/, '')}/`;
	for (const p of strings(doc)) {
		if (p.holder instanceof PDFDict && p.at === PDFName.of('URI') && p.text.startsWith(from)) replace(p, to + p.text.slice(from.length));
	}
}
