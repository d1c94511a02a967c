/**
 * Office files (.pptx, .docx) are zip packages, and a zip entry carries the time it was written.
 * The libraries that write ours stamp each entry with the build's clock, so two builds of the same
 * content gave different downloads. Every entry is given the document's own date instead: the
 * same content gives the same bytes.
 */
import JSZip from 'jszip';

/** Sets every entry of `zip` to `date` and writes it, DEFLATE-compressed. */
export function writePinnedZip(zip: JSZip, date: Date): Promise<Uint8Array> {
	for (const entry of Object.values(zip.files)) entry.date = date;
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** The package `bytes` with every entry dated `date`. */
export async function pinZipDates(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
	return writePinnedZip(await JSZip.loadAsync(bytes), date);
}
