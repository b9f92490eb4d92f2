// Bytes of a file -> its text, for the CLI and the language server alike: a UTF-8 byte order mark
// is set aside (so columns match what an editor shows), and invalid UTF-8 is decoded with
// replacement characters and reported, never thrown.

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export interface DecodedFile {
  /** The text without its byte order mark. */
  text: string;
  bom: boolean;
  /** False when some bytes were not valid UTF-8 (they are U+FFFD in `text`). */
  utf8: boolean;
}

export function decodeFile(bytes: Uint8Array): DecodedFile {
  const bom = bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), bom, utf8: true };
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), bom, utf8: false };
  }
}
