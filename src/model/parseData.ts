/**
 * Reading a learner's own numbers from pasted text or an uploaded .csv/.txt file.
 *
 * The rules, in the order a reader meets them:
 *
 * - Values are separated by commas, semicolons, spaces, tabs or new lines, mixed freely.
 *   Repeated separators count as one, so trailing commas and blank lines do no harm.
 * - A value is a plain decimal numeral: optional sign (+, - or the typographic minus −),
 *   digits with an optional decimal point, optional exponent (1e3, 2.5E-4). No hex, no units.
 * - Anything else ("n/a", "?", "12abc") is left out and listed in `skipped`, so the learner
 *   sees exactly what was dropped. NaN, infinities and numerals too large for a double are
 *   not dropped but rejected: quietly removing them would change the data's meaning.
 * - A first line made only of names (no numerals) followed by mostly numeric lines is a
 *   header. When that header is split by commas, semicolons or tabs into several names, the
 *   text is a table and one column is read (by default the first with numbers in it).
 *   Without a header every value on every line counts: "1, 2, 3\n4 5 6" is six values.
 * - Commas inside a group of digits are ambiguous when values are also separated by
 *   spaces, semicolons or new lines: "1,234 5,678" may be two thousands-grouped numbers or
 *   four values, and "3,5; 4,25" may use decimal commas. We refuse to guess and say how to
 *   fix it. A lone comma-joined run such as "1,234,567" is simply the list 1, 234, 567: the
 *   comma is then the only separator in sight, which keeps the rule short and predictable.
 *   A run such as "1,22,333" elsewhere in the text proves commas are list separators, and
 *   then no comma group is treated as ambiguous.
 *
 * Parsing never throws. It reads each character a bounded number of times, with no
 * backtracking regular expressions on values, so 100,000 values (about 700 KB) take some
 * 10–30 ms in Node, and hostile input cannot stall the page.
 */
import { formatCount } from './format';
import { readNumeral } from '../math/numeral';
import { MAX_N } from './limits';

export interface SkippedEntry {
  line: number;
  text: string;
}

export interface ParsedData {
  ok: true;
  /** The values in input order. */
  values: Float64Array;
  /** Column headers when the text is a CSV with a header row, else [] */
  columns: string[];
  /** Index of the column used (0 when there is one column) */
  column: number;
  /** Header name of the used column, '' if none: a good default dataset name */
  columnName: string;
  /** Tokens that were not numbers (e.g. 'n/a', '', '-', '?') and were left out. */
  skipped: SkippedEntry[];
  /** One-sentence report of the skipped entries, or null when nothing was left out. */
  skippedNote: string | null;
}

export interface RejectedData {
  ok: false;
  message: string;
  /** The 1-based line the message points at, or null when it is about the data as a whole. */
  line: number | null;
}

export type DataParseResult = ParsedData | RejectedData;

/** 10 MB: far more than 100,000 values need (about 1 MB), small enough to read at once. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** How much of a file is inspected to tell text from binary. */
const SNIFF_BYTES = 4096;
const QUOTED_TOKEN_MAX_CHARS = 20;
const SKIPPED_LISTED_MAX = 5;
/** How many lines after a candidate header are inspected to decide whether it is one. */
const HEADER_PROBE_LINES = 100;

/** Quotes a token for a message in curly quotes, cutting long ones to 20 characters. */
export function quoteToken(text: string, maxChars = QUOTED_TOKEN_MAX_CHARS): string {
  if (text === '') return '“(empty)”';
  // Count code points, not UTF-16 units, so an emoji is never cut in half.
  const points = Array.from(text.length > maxChars * 4 ? text.slice(0, maxChars * 4) : text);
  return points.length > maxChars ? `“${points.slice(0, maxChars).join('')}…”` : `“${text}”`;
}

/**
 * The two readings of a comma group, spelled out ("1234 or the two numbers 1 and 234") when
 * the group is short enough to repeat; a pasted run of 300 digits gets the short form.
 */
function describeCommaReadings(token: string): string {
  const parts = token.split(',');
  const joined = parts.join('');
  if (token.length > QUOTED_TOKEN_MAX_CHARS || parts.length > 3) return 'one number or several separate ones';
  if (parts.length === 2) return `${joined} or the two numbers ${parts[0]} and ${parts[1]}`;
  return `${joined} or the three numbers ${parts[0]}, ${parts[1]} and ${parts[2]}`;
}

function describeDecimalComma(token: string): string {
  if (token.length > QUOTED_TOKEN_MAX_CHARS) return 'Write decimals with a point';
  const [whole, fraction] = token.split(',');
  return `It could be ${whole}.${fraction} or the two numbers ${whole} and ${fraction}. Write decimals with a point (${whole}.${fraction})`;
}

const FIX_HINT = 'Use numbers such as 12, 3.5 or -4, separated by commas, spaces or new lines.';

/**
 * Every message the data reader can show, shared with the UI and the tests so a wording
 * change happens in one place.
 */
export const dataMessages = {
  empty: 'There is nothing to use yet: paste or type some numbers, or choose a file.',
  noNumbers(first: SkippedEntry | null, columnName = ''): string {
    const where = columnName ? ` in column ${quoteToken(columnName)}` : '';
    if (first === null) return `No numbers found${where}: there are only separators. ${FIX_HINT}`;
    return `No numbers found${where}. The first entry, ${quoteToken(first.text)} on line ${first.line}, is not a number. ${FIX_HINT}`;
  },
  notANumber: (line: number, token: string): string =>
    `Line ${line} has ${quoteToken(token)}, which means “not a number”: it is not a measurement. Remove it and try again.`,
  infinite: (line: number, token: string): string =>
    `Line ${line} has ${quoteToken(token)}, an infinite value. Infinite values have no probability density, so the likelihood cannot use them. Remove it and try again.`,
  overflow: (line: number, token: string): string =>
    `Line ${line} has ${quoteToken(token)}, which is too large to compute with (the largest usable size is about 1.8e308). Check it for a typo, or rescale your data.`,
  singleValue: (value: number): string =>
    `There is only one number (${value}). One value gives σ̂ = 0, so the likelihood has no maximum; add at least one more value.`,
  allEqual: (value: number): string =>
    `Every value is ${value}, so σ̂ = 0 and the likelihood grows without bound as σ shrinks toward 0: there is no maximum to find. Use at least two different values.`,
  tooMany: (count: number): string =>
    `There are ${formatCount(count)} numbers, more than the limit of ${formatCount(MAX_N)}. Use a sample of at most ${formatCount(MAX_N)} values.`,
  thousands: (line: number, token: string): string =>
    `Line ${line} has ${quoteToken(token)}, which could be ${describeCommaReadings(token)}. If it is one number, remove the thousands separators; if they are separate numbers, put a space after each comma.`,
  decimalComma: (line: number, token: string): string =>
    `Line ${line} has ${quoteToken(token)}, which looks like a decimal comma. ${describeDecimalComma(token)}, and separate numbers with spaces, commas or new lines.`,
  tooBig(name: string, bytes: number): string {
    const megabytes = (bytes / (1024 * 1024)).toFixed(1);
    // "10.0 MB; the limit is 10 MB" would read as a contradiction.
    const size = megabytes === '10.0' ? 'just over 10 MB' : `${megabytes} MB`;
    return `${quoteToken(name, 40)} is ${size}; the limit is 10 MB. Choose a smaller file, or save just the column you need.`;
  },
  notText: (name: string): string =>
    `${quoteToken(name, 40)} does not look like a text file: it may be an image, a spreadsheet (.xlsx) or another binary format. Save or export your numbers as .csv or .txt and choose that file.`,
  utf16: (name: string): string =>
    `${quoteToken(name, 40)} is saved as UTF-16 (“Unicode text”), which this page cannot read. Save it as “CSV UTF-8” or plain .txt and choose that file.`,
  unreadable: (name: string): string =>
    `${quoteToken(name, 40)} could not be read. Try choosing it again, or paste the numbers instead.`,
  internal: 'Something went wrong while reading these numbers. Try pasting them again, one per line.',
};

// Character codes the scanners test directly, so values are read without regular expressions.
const QUOTE = 0x22;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const TAB = 0x09;

/** Exactly the characters /\s/ matches, so the fast and the quote-aware paths agree. */
function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isChunkSeparator(code: number): boolean {
  return code === SEMICOLON || isWhitespace(code);
}

function isListSeparator(code: number): boolean {
  return code === COMMA || isChunkSeparator(code);
}

// Anchored, with no nested quantifiers: these cannot backtrack badly, and they only ever
// see tokens that already failed to be numerals or contain a comma.
const NAN_WORD = /^[+\-\u2212]?nan$/i;
const INFINITY_WORD = /^[+\-\u2212]?(inf|infinity|∞)$/i;
const THOUSANDS_GROUPED = /^[+\-\u2212]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DECIMAL_COMMA = /^[+\-\u2212]?\d+,\d+$/;
/** Common spellings of "no value": never mistaken for a header name. */
const MISSING_MARKERS = new Set(['na', 'n/a', '#n/a', 'null', 'none', 'missing', 'nil', 'empty']);
const LETTER = /\p{L}/u;
const CHUNK_SEPARATORS = /[\s;]+/;

type CommaReading = 'thousands' | 'decimal' | null;

function readCommaGroup(text: string): CommaReading {
  if (THOUSANDS_GROUPED.test(text)) return 'thousands';
  if (DECIMAL_COMMA.test(text)) return 'decimal';
  return null;
}

/**
 * Splits at separator characters that are outside double quotes, keeping each piece's raw
 * text (quotes included). Quotes never span lines here: numeric data has no use for it,
 * and a stray quote then spoils one line rather than the rest of the file.
 */
function splitOutsideQuotes(text: string, isSeparator: (code: number) => boolean): string[] {
  const pieces: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A doubled quote inside quotes toggles twice, which is what splitting needs.
    if (code === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes && isSeparator(code)) {
      pieces.push(text.slice(start, index));
      start = index + 1;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

/**
 * splitOutsideQuotes for a single separator character, jumping with indexOf instead of
 * testing every character: table rows are the bulk of a large CSV. The next separator is
 * remembered until passed, so a line of many quotes and no separator stays linear.
 */
function splitAtOutsideQuotes(text: string, separator: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let searchFrom = 0;
  let nextSeparator = text.indexOf(separator);
  while (nextSeparator !== -1) {
    const nextQuote = text.indexOf('"', searchFrom);
    if (nextQuote !== -1 && nextQuote < nextSeparator) {
      const closing = text.indexOf('"', nextQuote + 1);
      // An unclosed quote runs to the end of the line.
      if (closing === -1) break;
      searchFrom = closing + 1;
      if (nextSeparator < searchFrom) nextSeparator = text.indexOf(separator, searchFrom);
      continue;
    }
    pieces.push(text.slice(start, nextSeparator));
    start = searchFrom = nextSeparator + 1;
    nextSeparator = text.indexOf(separator, searchFrom);
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Trims a CSV field and removes its quotes ("" inside quotes stands for one quote). */
function unquote(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.charCodeAt(0) !== QUOTE) return trimmed;
  const closing = trimmed.indexOf('"', 1);
  // The common case, "90": no doubled quote inside, so one slice will do.
  if (closing === trimmed.length - 1) return trimmed.slice(1, closing).trim();
  let content = '';
  let index = 1;
  while (index < trimmed.length) {
    const char = trimmed[index];
    if (char === '"') {
      if (trimmed[index + 1] === '"') {
        content += '"';
        index += 2;
        continue;
      }
      // Anything after the closing quote is kept, so `"12"abc` is reported, not read as 12.
      content += trimmed.slice(index + 1);
      break;
    }
    content += char;
    index++;
  }
  return content.trim();
}

/**
 * Calls `visit` on each non-empty token of a line, ignoring how tokens were separated
 * (enough to judge a header), until it returns true. Returns whether it did.
 */
function someToken(line: string, visit: (token: string) => boolean): boolean {
  const hasQuotes = line.includes('"');
  for (const chunk of hasQuotes ? splitOutsideQuotes(line, isChunkSeparator) : line.split(CHUNK_SEPARATORS)) {
    if (chunk === '') continue;
    const pieces = hasQuotes ? splitAtOutsideQuotes(chunk, ',') : chunk.split(',');
    for (const piece of pieces) {
      const token = hasQuotes ? unquote(piece) : piece;
      if (token !== '' && visit(token)) return true;
    }
  }
  return false;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** A header name has a letter and is not a number, NaN, an infinity or a "missing" marker. */
function looksLikeName(text: string): boolean {
  return (
    LETTER.test(text) &&
    readNumeral(text) === null &&
    !NAN_WORD.test(text) &&
    !INFINITY_WORD.test(text) &&
    !MISSING_MARKERS.has(text.toLowerCase())
  );
}

function isNumeral(token: string): boolean {
  return readNumeral(token) !== null;
}

/** The text before the first separator of a line, after any leading separators. */
function firstToken(line: string): string {
  let start = 0;
  while (start < line.length && isListSeparator(line.charCodeAt(start))) start++;
  let end = start;
  while (end < line.length && !isListSeparator(line.charCodeAt(end))) end++;
  return line.slice(start, end);
}

/**
 * Whether a line reads as column names: some name and no numeral ("tempos: 120 130" is
 * data with a stray word). When the line has commas, semicolons or tabs, its cells are
 * judged whole, so "run 1,run 2" is two names rather than words and numbers.
 */
function isHeaderLike(line: string): boolean {
  // Fast exit for a long data line: its first token is usually a numeral.
  if (!line.includes('"') && isNumeral(firstToken(line))) return false;
  const delimiter = tableDelimiter(line);
  if (delimiter === null) return !someToken(line, isNumeral) && someToken(line, looksLikeName);
  const cells = splitCells(line, delimiter);
  return !cells.some(isNumeral) && cells.some(looksLikeName);
}

/**
 * The index of the header line, or -1. A header is the first non-blank line when it reads
 * as column names and at least half of the next non-blank lines (up to 100) contain a
 * number. Half, not more: a table with a text column and some empty cells still has a
 * number on most lines, but a short one ("Ann,90 / Bob,") may not.
 */
function findHeaderLine(lines: string[]): number {
  let headerIndex = 0;
  while (headerIndex < lines.length && isBlank(lines[headerIndex])) headerIndex++;
  if (headerIndex === lines.length || !isHeaderLike(lines[headerIndex])) return -1;
  let probed = 0;
  let numeric = 0;
  for (let index = headerIndex + 1; index < lines.length && probed < HEADER_PROBE_LINES; index++) {
    if (isBlank(lines[index])) continue;
    probed++;
    if (someToken(lines[index], isNumeral)) numeric++;
  }
  return probed > 0 && numeric * 2 >= probed ? headerIndex : -1;
}

/**
 * The delimiter of a table: whichever of tab, comma and semicolon the header uses most.
 * Spaces alone never make a table, so "reaction time" is one column name, not two.
 */
function tableDelimiter(header: string): number | null {
  let tabs = 0;
  let commas = 0;
  let semicolons = 0;
  let inQuotes = false;
  for (let index = 0; index < header.length; index++) {
    const code = header.charCodeAt(index);
    if (code === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (code === TAB) tabs++;
    else if (code === COMMA) commas++;
    else if (code === SEMICOLON) semicolons++;
  }
  // Ties go to tab, then comma: a tab is never part of a name, a comma rarely.
  if (tabs === 0 && commas === 0 && semicolons === 0) return null;
  if (tabs >= commas && tabs >= semicolons) return TAB;
  return commas >= semicolons ? COMMA : SEMICOLON;
}

function splitCells(line: string, delimiter: number): string[] {
  if (!line.includes('"')) return line.split(String.fromCharCode(delimiter)).map((cell) => cell.trim());
  return splitAtOutsideQuotes(line, String.fromCharCode(delimiter)).map(unquote);
}

/** One cell of a row, trimmed and unquoted; '' when the row is shorter. */
function cellAt(line: string, delimiter: number, column: number): string {
  if (line.includes('"')) return splitCells(line, delimiter)[column] ?? '';
  // Without quotes, hop between delimiters rather than building every cell of the row.
  const separator = String.fromCharCode(delimiter);
  let start = 0;
  for (let skipped = 0; skipped < column; skipped++) {
    const next = line.indexOf(separator, start);
    if (next === -1) return '';
    start = next + 1;
  }
  const end = line.indexOf(separator, start);
  return line.slice(start, end === -1 ? line.length : end).trim();
}

/** Collects values (up to MAX_N; beyond that only counts) and skipped tokens. */
class Collector {
  values: Float64Array;
  count = 0;
  readonly skipped: SkippedEntry[] = [];

  constructor(expected: number) {
    this.values = new Float64Array(Math.max(1, Math.min(MAX_N, expected)));
  }

  push(value: number): void {
    if (this.count < MAX_N) {
      if (this.count === this.values.length) {
        const grown = new Float64Array(Math.min(MAX_N, this.values.length * 2));
        grown.set(this.values);
        this.values = grown;
      }
      this.values[this.count] = value;
    }
    this.count++;
  }
}

function reject(message: string, line: number | null): RejectedData {
  return { ok: false, message, line };
}

/**
 * Takes one trimmed, unquoted token: adds it as a value, skips it, or returns the rejection
 * it causes. Empty tokens reach here only as table cells, where an empty cell is reported.
 */
function takeToken(token: string, line: number, collector: Collector): RejectedData | null {
  const value = readNumeral(token);
  if (value !== null) {
    if (!Number.isFinite(value)) return reject(dataMessages.overflow(line, token), line);
    collector.push(value);
    return null;
  }
  // A comma survives tokenizing only inside quotes or inside a tab/semicolon table cell,
  // where it cannot be a list separator: "1,234" there is one value, written ambiguously.
  if (token.includes(',')) {
    const reading = readCommaGroup(token);
    if (reading === 'thousands') return reject(dataMessages.thousands(line, token), line);
    if (reading === 'decimal') return reject(dataMessages.decimalComma(line, token), line);
  }
  if (NAN_WORD.test(token)) return reject(dataMessages.notANumber(line, token), line);
  if (INFINITY_WORD.test(token)) return reject(dataMessages.infinite(line, token), line);
  collector.skipped.push({ line, text: token });
  return null;
}

/**
 * What the list reader has learnt about commas so far. Ambiguous comma groups are judged
 * at the end, once the whole text has shown whether values are separated by more than
 * commas and whether commas elsewhere separate a list.
 */
interface CommaEvidence {
  /** Runs of text between spaces, semicolons and line breaks, counted up to 2. */
  chunkCount: number;
  /** Some comma group is neither thousands nor a decimal comma ("1,22,333"). */
  commasSeparateList: boolean;
  firstAmbiguous: { line: number; text: string; reading: 'thousands' | 'decimal' } | null;
}

/** Records the comma groups of one chunk (a run without spaces or semicolons). */
function noteCommaGroups(chunk: string, line: number, evidence: CommaEvidence): void {
  // Leading and trailing commas are plain separators ("1,234, 5,678"); only the commas
  // between digits can be ambiguous.
  let first = 0;
  let last = chunk.length;
  while (first < last && chunk.charCodeAt(first) === COMMA) first++;
  while (last > first && chunk.charCodeAt(last - 1) === COMMA) last--;
  const core = chunk.slice(first, last);
  if (!core.includes(',')) return;
  const reading = readCommaGroup(core);
  if (reading === null) evidence.commasSeparateList = true;
  else evidence.firstAmbiguous ??= { line, text: core, reading };
}

/** Reads one line of a list whose tokens may be quoted: the slow, careful path. */
function readQuotedListLine(
  line: string,
  lineNumber: number,
  evidence: CommaEvidence,
  collector: Collector,
): RejectedData | null {
  for (const chunk of splitOutsideQuotes(line, isChunkSeparator)) {
    if (chunk === '') continue;
    evidence.chunkCount++;
    if (!chunk.includes('"')) noteCommaGroups(chunk, lineNumber, evidence);
    for (const piece of splitAtOutsideQuotes(chunk, ',')) {
      const token = unquote(piece);
      // In a list an empty field ("" or 1,,2) is just a doubled separator.
      if (token === '') continue;
      const rejection = takeToken(token, lineNumber, collector);
      if (rejection) return rejection;
    }
  }
  return null;
}

/** How many chunks a line has, stopping at 2: all the ambiguity rule needs to know. */
function countChunksUpToTwo(line: string): number {
  let count = 0;
  let index = 0;
  while (count < 2) {
    while (index < line.length && isChunkSeparator(line.charCodeAt(index))) index++;
    if (index === line.length) break;
    count++;
    while (index < line.length && !isChunkSeparator(line.charCodeAt(index))) index++;
  }
  return count;
}

const LIST_SEPARATORS = /[\s;,]+/;
const DIGIT_COMMA_DIGIT = /\d,\d/;

/** Reads every value on lines[start..]: the text is a list, not a table. */
function readList(lines: string[], start: number, collector: Collector): RejectedData | null {
  const evidence: CommaEvidence = { chunkCount: 0, commasSeparateList: false, firstAmbiguous: null };
  for (let index = start; index < lines.length; index++) {
    const line = lines[index];
    const lineNumber = index + 1;
    // Fast path for the commonest layout, one value per line: a numeral has no separators.
    const lineValue = readNumeral(line);
    if (lineValue !== null && Number.isFinite(lineValue)) {
      evidence.chunkCount++;
      collector.push(lineValue);
      continue;
    }
    if (line.includes('"')) {
      const rejection = readQuotedListLine(line, lineNumber, evidence, collector);
      if (rejection) return rejection;
      continue;
    }
    // Chunks matter only for commas between digits, and their count only up to 2, so most
    // lines are split once, straight into tokens.
    if (DIGIT_COMMA_DIGIT.test(line)) {
      for (const chunk of line.split(CHUNK_SEPARATORS)) {
        if (chunk === '') continue;
        evidence.chunkCount++;
        noteCommaGroups(chunk, lineNumber, evidence);
      }
    } else if (evidence.chunkCount < 2) {
      evidence.chunkCount += countChunksUpToTwo(line);
    }
    for (const token of line.split(LIST_SEPARATORS)) {
      if (token === '') continue;
      const rejection = takeToken(token, lineNumber, collector);
      if (rejection) return rejection;
    }
  }

  const { chunkCount, commasSeparateList, firstAmbiguous } = evidence;
  if (firstAmbiguous && chunkCount >= 2 && !commasSeparateList) {
    const { line, text, reading } = firstAmbiguous;
    return reject(
      reading === 'thousands' ? dataMessages.thousands(line, text) : dataMessages.decimalComma(line, text),
      line,
    );
  }
  return null;
}

/** Reads one column of a table whose header is lines[headerIndex]. */
function readTable(
  lines: string[],
  headerIndex: number,
  delimiter: number,
  columns: string[],
  requestedColumn: number | undefined,
  collector: Collector,
): { column: number } | RejectedData {
  const column =
    requestedColumn !== undefined &&
    Number.isInteger(requestedColumn) &&
    requestedColumn >= 0 &&
    requestedColumn < columns.length
      ? requestedColumn
      : firstNumericColumn(lines, headerIndex, delimiter, columns.length);
  for (let index = headerIndex + 1; index < lines.length; index++) {
    const line = lines[index];
    if (isBlank(line)) continue;
    // A short row has no cell in this column: it is reported like an empty cell.
    const rejection = takeToken(cellAt(line, delimiter, column), index + 1, collector);
    if (rejection) return rejection;
  }
  return { column };
}

/**
 * The first column with a numeral in it, or 0. Decimal-comma and thousands cells ("3,5")
 * count, so such a column is chosen and its ambiguity reported rather than passed over.
 * Walks each row's cells once (not column by column), so a hostile header of a million
 * names over a million rows costs one pass, not a million; a real table stops at row one.
 */
function firstNumericColumn(lines: string[], headerIndex: number, delimiter: number, columnCount: number): number {
  let best = columnCount;
  for (let index = headerIndex + 1; index < lines.length && best > 0; index++) {
    if (isBlank(lines[index])) continue;
    const cells = splitCells(lines[index], delimiter);
    const end = Math.min(best, cells.length);
    for (let column = 0; column < end; column++) {
      if (isNumeral(cells[column]) || readCommaGroup(cells[column]) !== null) {
        best = column;
        break;
      }
    }
  }
  return best === columnCount ? 0 : best;
}

function describeSkipped(skipped: SkippedEntry[]): string | null {
  if (skipped.length === 0) return null;
  const listed = skipped
    .slice(0, SKIPPED_LISTED_MAX)
    .map((entry) => `line ${entry.line} ${quoteToken(entry.text)}`)
    .join(', ');
  const more =
    skipped.length > SKIPPED_LISTED_MAX ? `, and ${formatCount(skipped.length - SKIPPED_LISTED_MAX)} more` : '';
  const lead =
    skipped.length === 1
      ? '1 entry was not a number and was left out'
      : `${formatCount(skipped.length)} entries were not numbers and were left out`;
  return `${lead}: ${listed}${more}.`;
}

function parseNonEmpty(text: string, requestedColumn: number | undefined): DataParseResult {
  const lines = text.split(/\r\n|\r|\n/);
  // Each value needs at least one character and one separator, so this bounds the count.
  const collector = new Collector(Math.ceil(text.length / 2) + 1);
  let columns: string[] = [];
  let column = 0;

  const headerIndex = findHeaderLine(lines);
  let bodyStart = 0;
  let delimiter: number | null = null;
  if (headerIndex >= 0) {
    const header = lines[headerIndex];
    bodyStart = headerIndex + 1;
    delimiter = tableDelimiter(header);
    if (delimiter !== null) {
      columns = splitCells(header, delimiter);
      // "score," has one column, not a second one with no name.
      while (columns.length > 1 && columns[columns.length - 1] === '') columns.pop();
      if (columns.length === 1) delimiter = null;
    } else {
      columns = [unquote(header)];
    }
  }

  if (delimiter !== null) {
    const outcome = readTable(lines, headerIndex, delimiter, columns, requestedColumn, collector);
    if ('ok' in outcome) return outcome;
    column = outcome.column;
  } else {
    const rejection = readList(lines, bodyStart, collector);
    if (rejection) return rejection;
  }

  const columnName = columns[column] ?? '';
  const { count, skipped } = collector;
  if (count > MAX_N) return reject(dataMessages.tooMany(count), null);
  if (count === 0) {
    const first = skipped[0] ?? null;
    return reject(dataMessages.noNumbers(first, columns.length > 1 ? columnName : ''), first?.line ?? null);
  }
  const values = collector.values.slice(0, count);
  if (count === 1) return reject(dataMessages.singleValue(values[0]), null);
  const firstValue = values[0];
  if (values.every((value) => value === firstValue)) return reject(dataMessages.allEqual(firstValue), null);

  return { ok: true, values, columns, column, columnName, skipped, skippedNote: describeSkipped(skipped) };
}

/**
 * Reads a learner's numbers from text. Never throws; see the rules at the top of this file.
 * `options.column` picks a table column; when it is missing or out of range (the learner
 * pasted other text since choosing), the default column is used and reported in `column`.
 */
export function parseData(text: string, options?: { column?: number }): DataParseResult {
  if (typeof text !== 'string') return reject(dataMessages.empty, null);
  // A byte-order mark from a spreadsheet export would otherwise glue itself to the first value.
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (isBlank(content)) return reject(dataMessages.empty, null);
  try {
    return parseNonEmpty(content, options?.column);
  } catch {
    // Not expected (the tests throw arbitrary strings at it), but a learner should see a
    // message rather than a broken page if, say, memory runs out on a huge paste.
    return reject(dataMessages.internal, null);
  }
}

/**
 * Whether the first bytes of a file look like text. NUL bytes and control characters mark
 * binary files. Invalid UTF-8 does too, unless under 30% of the bytes are above 127: a CSV
 * saved from Excel in a legacy encoding (Windows-1252 "Größe") is still readable numbers,
 * and only its accented letters would be garbled, while compressed or image data is about
 * half high bytes.
 */
function sniffText(bytes: Uint8Array): 'text' | 'binary' | 'utf16' {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return 'utf16';
  let controls = 0;
  let high = 0;
  for (const byte of bytes) {
    if (byte === 0) return 'binary';
    // Tab, line feed, vertical tab, form feed and carriage return are ordinary in text;
    // 0x1a is the end-of-file mark old DOS tools append.
    if ((byte < 0x20 && (byte < 0x09 || byte > 0x0d) && byte !== 0x1a) || byte === 0x7f) controls++;
    if (byte >= 0x80) high++;
  }
  if (controls > bytes.length * 0.05) return 'binary';
  try {
    // stream: true, so a character cut in half at the 4 KB boundary is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    if (high > bytes.length * 0.3) return 'binary';
  }
  return 'text';
}

/** Checks a File before reading: size over MAX_FILE_BYTES, or not text. Returns a message or null. */
export async function checkDataFile(file: Blob & { name: string }): Promise<string | null> {
  const name = typeof file.name === 'string' && file.name !== '' ? file.name : 'untitled';
  if (file.size > MAX_FILE_BYTES) return dataMessages.tooBig(name, file.size);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  } catch {
    return dataMessages.unreadable(name);
  }
  const kind = sniffText(bytes);
  if (kind === 'utf16') return dataMessages.utf16(name);
  if (kind === 'binary') return dataMessages.notText(name);
  return null;
}
