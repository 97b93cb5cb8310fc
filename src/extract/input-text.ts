import fs from 'node:fs';

/** Largest article `npm run extract` accepts by default: far above any news report. */
export const DEFAULT_MAX_BYTES = 200_000;

export class InputTextError extends Error {
  override readonly name = 'InputTextError';
}

/**
 * Reads the text of an article to draft, refusing with one clear message anything that is not
 * a news text we can keep exactly as received: a missing, empty, oversized or binary file,
 * invalid UTF-8, or text not in Unicode NFC (offsets would not survive normalisation).
 */
export function readInputText(file: string, maxBytes: number = DEFAULT_MAX_BYTES): string {
  if (!fs.existsSync(file)) throw new InputTextError(`${file} does not exist`);
  if (!fs.statSync(file).isFile()) throw new InputTextError(`${file} is not a file`);
  const size = fs.statSync(file).size;
  if (size > maxBytes) {
    throw new InputTextError(
      `${file} is ${size} bytes, over the limit of ${maxBytes} bytes for one article (--max-bytes raises it)`,
    );
  }
  const bytes = fs.readFileSync(file);
  if (bytes.includes(0))
    throw new InputTextError(`${file} looks like a binary file (it contains NUL bytes), not a text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputTextError(`${file} is not valid UTF-8; save it as UTF-8 and try again`);
  }
  if (text.trim() === '') throw new InputTextError(`${file} is empty: there is no text to draft from`);
  const controls = [...text].filter((char) => /[\p{Cc}]/u.test(char) && !/[\n\r\t]/.test(char)).length;
  if (controls > 0) {
    throw new InputTextError(
      `${file} contains ${controls} control characters; it looks binary, not like a text`,
    );
  }
  if (text.startsWith('\uFEFF'))
    throw new InputTextError(`${file} starts with a byte order mark; remove it first`);
  if (text !== text.normalize('NFC')) {
    throw new InputTextError(
      `${file} is not in Unicode NFC; normalise it (for example with uconv -x nfc) first`,
    );
  }
  return text;
}
