import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  checkDataFile,
  dataMessages,
  MAX_FILE_BYTES,
  parseData,
  type DataParseResult,
  type SkippedEntry,
} from '../../src/model/parseData';
import { MAX_N } from '../../src/model/limits';
import rejectedInputs from '../fixtures/rejected-data.json';

interface AcceptedCase {
  name: string;
  input: string;
  options?: { column?: number };
  values: number[];
  columns?: string[];
  column?: number;
  columnName?: string;
  skipped?: SkippedEntry[];
  skippedNote?: string;
}

interface RejectedCase {
  name: string;
  input: string;
  options?: { column?: number };
  message: string | RegExp;
  line: number | null;
}

type Case = AcceptedCase | RejectedCase;

/** Distinct whole numbers in a scrambled order, so every value is checked in place. */
function manyValues(count: number): number[] {
  return Array.from({ length: count }, (_, index) => (index * 13) % 100_003);
}

const hundredThousand = manyValues(MAX_N);
const table = 'name,score,age\nAnn,90,20\nBob,85,21';

const cases: Case[] = [
  // Accepted: separators and number spellings.
  { name: 'one value per line', input: '12\n15.5\n9', values: [12, 15.5, 9] },
  { name: 'a comma-separated list', input: '1,2,3', values: [1, 2, 3] },
  { name: 'spaces and tabs', input: '1 2\t3   4', values: [1, 2, 3, 4] },
  { name: 'semicolons', input: '1;2;3', values: [1, 2, 3] },
  { name: 'mixed separators', input: '1, 2; 3\t4\n5', values: [1, 2, 3, 4, 5] },
  { name: 'Windows line ends (CRLF)', input: '120\r\n128\r\n131\r\n', values: [120, 128, 131] },
  { name: 'old Mac line ends (CR)', input: '1\r2\r3', values: [1, 2, 3] },
  { name: 'the Unicode minus sign', input: '−1.5\n2\n−3e−2', values: [-1.5, 2, -0.03] },
  { name: 'a leading plus', input: '+3 +4.5', values: [3, 4.5] },
  { name: 'scientific notation', input: '1e3 2.5E-4 -3e+2', values: [1000, 0.00025, -300] },
  { name: 'bare decimal points', input: '.5 5. -.25', values: [0.5, 5, -0.25] },
  { name: 'surrounding whitespace and blank lines', input: '  1  \n\n \t \n  2  \n', values: [1, 2] },
  { name: 'trailing separators', input: '1,2,3,\n4;5;\n', values: [1, 2, 3, 4, 5] },
  { name: 'a plain comma list is never read as thousands', input: '1,234,567', values: [1, 234, 567] },
  { name: 'several values per row without a header', input: '1, 2, 3\n4 5 6', values: [1, 2, 3, 4, 5, 6] },
  {
    name: 'a comma list elsewhere shows commas separate values',
    input: '1,22,333\n1,234 5',
    values: [1, 22, 333, 1, 234, 5],
  },
  { name: 'a tiny value underflows to 0', input: '1e-400 1', values: [0, 1] },
  { name: 'quoted numbers in a list', input: '"1" "2" "3.5"', values: [1, 2, 3.5] },
  { name: 'a byte-order mark', input: '\uFEFF4,5', values: [4, 5] },

  // Accepted: entries left out.
  {
    name: 'non-numbers are skipped and listed',
    input: '12\nn/a\n15\n?\n-\n12abc\n18',
    values: [12, 15, 18],
    skipped: [
      { line: 2, text: 'n/a' },
      { line: 4, text: '?' },
      { line: 5, text: '-' },
      { line: 6, text: '12abc' },
    ],
    skippedNote: '4 entries were not numbers and were left out: line 2 “n/a”, line 4 “?”, line 5 “-”, line 6 “12abc”.',
  },
  {
    name: 'at most five skipped entries are listed',
    input: '1 a b c\n2 d e f',
    values: [1, 2],
    skipped: [
      { line: 1, text: 'a' },
      { line: 1, text: 'b' },
      { line: 1, text: 'c' },
      { line: 2, text: 'd' },
      { line: 2, text: 'e' },
      { line: 2, text: 'f' },
    ],
    skippedNote:
      '6 entries were not numbers and were left out: line 1 “a”, line 1 “b”, line 1 “c”, line 2 “d”, line 2 “e”, and 1 more.',
  },
  {
    name: 'hex is not a number',
    input: '0x1A 2 3',
    values: [2, 3],
    skipped: [{ line: 1, text: '0x1A' }],
    skippedNote: '1 entry was not a number and was left out: line 1 “0x1A”.',
  },
  {
    name: 'a long skipped token is cut in the note',
    input: '1 2 abcdefghijklmnopqrstuvwxyz',
    values: [1, 2],
    skipped: [{ line: 1, text: 'abcdefghijklmnopqrstuvwxyz' }],
    skippedNote: '1 entry was not a number and was left out: line 1 “abcdefghijklmnopqrst…”.',
  },
  {
    name: '“n/a” on the first line is a missing value, not a header',
    input: 'n/a\n1\n2',
    values: [1, 2],
    skipped: [{ line: 1, text: 'n/a' }],
    skippedNote: '1 entry was not a number and was left out: line 1 “n/a”.',
  },
  {
    name: 'a word beside numbers on line 1 is data, not a header',
    input: 'tempos: 120 130\n140',
    values: [120, 130, 140],
    skipped: [{ line: 1, text: 'tempos:' }],
    skippedNote: '1 entry was not a number and was left out: line 1 “tempos:”.',
  },

  // Accepted: headers and tables.
  {
    name: 'a one-column header',
    input: 'tempo\n120\n128.5\n',
    values: [120, 128.5],
    columns: ['tempo'],
    columnName: 'tempo',
  },
  {
    name: 'a header with a space is one column name',
    input: 'reaction time\n0.31 0.29\n0.35',
    values: [0.31, 0.29, 0.35],
    columns: ['reaction time'],
    columnName: 'reaction time',
  },
  {
    name: 'a CSV table reads the first numeric column by default',
    input: table,
    values: [90, 85],
    columns: ['name', 'score', 'age'],
    column: 1,
    columnName: 'score',
  },
  {
    name: 'a CSV table reads the chosen column',
    input: table,
    options: { column: 2 },
    values: [20, 21],
    columns: ['name', 'score', 'age'],
    column: 2,
    columnName: 'age',
  },
  {
    name: 'an out-of-range column falls back to the default',
    input: table,
    options: { column: 7 },
    values: [90, 85],
    columns: ['name', 'score', 'age'],
    column: 1,
    columnName: 'score',
  },
  {
    name: 'quoted CSV fields',
    input: '"name","score"\n"Ann","90"\n"Bob","85.5"',
    values: [90, 85.5],
    columns: ['name', 'score'],
    column: 1,
    columnName: 'score',
  },
  {
    name: 'quoted text containing commas',
    input: 'name,score\n"Smith, Ann",90\n"Lee, Bob",85',
    values: [90, 85],
    columns: ['name', 'score'],
    column: 1,
    columnName: 'score',
  },
  {
    name: 'empty and missing cells are reported',
    input: 'name,score\nAnn,90\nBob,\nCy,70\nDee',
    values: [90, 70],
    columns: ['name', 'score'],
    column: 1,
    columnName: 'score',
    skipped: [
      { line: 3, text: '' },
      { line: 5, text: '' },
    ],
    skippedNote: '2 entries were not numbers and were left out: line 3 “(empty)”, line 5 “(empty)”.',
  },
  {
    name: 'column names with digits',
    input: 'run 1,run 2\n10,20\n11,21',
    options: { column: 1 },
    values: [20, 21],
    columns: ['run 1', 'run 2'],
    column: 1,
    columnName: 'run 2',
  },
  {
    name: 'a tab-separated table',
    input: 'x\ty\n1\t10\n2\t20',
    options: { column: 1 },
    values: [10, 20],
    columns: ['x', 'y'],
    column: 1,
    columnName: 'y',
  },
  {
    name: 'a semicolon table with decimal points',
    input: 'a;b\n1.5;2\n2.5;3',
    values: [1.5, 2.5],
    columns: ['a', 'b'],
    columnName: 'a',
  },
  {
    name: 'a CRLF table with a byte-order mark',
    input: '\uFEFFsong,bpm\r\nsong A,120\r\nsong B,128\r\n',
    values: [120, 128],
    columns: ['song', 'bpm'],
    column: 1,
    columnName: 'bpm',
  },
  {
    name: 'a trailing comma on the header adds no column',
    input: 'score,\n1,\n2,',
    values: [1, 2],
    columns: ['score'],
    columnName: 'score',
  },
  {
    name: 'NaN in a column that is not used',
    input: 'a,b\n1,NaN\n2,NaN',
    values: [1, 2],
    columns: ['a', 'b'],
    columnName: 'a',
  },
  { name: '100,000 values (the limit)', input: hundredThousand.join('\n'), values: hundredThousand },

  // Rejected.
  { name: 'empty input', input: '', message: dataMessages.empty, line: null },
  { name: 'whitespace only', input: ' \n\t\r\n ', message: dataMessages.empty, line: null },
  {
    name: 'no numbers at all',
    input: 'hello world',
    message:
      'No numbers found. The first entry, “hello” on line 1, is not a number. Use numbers such as 12, 3.5 or -4, separated by commas, spaces or new lines.',
    line: 1,
  },
  {
    name: 'no numbers after blank lines',
    input: '\n\n?? maybe',
    message: /^No numbers found\. The first entry, “\?\?” on line 3, is not a number\./,
    line: 3,
  },
  {
    name: 'a header alone',
    input: 'tempo',
    message: /^No numbers found\. The first entry, “tempo” on line 1/,
    line: 1,
  },
  { name: 'separators only', input: ',,;', message: /^No numbers found: there are only separators\./, line: null },
  {
    name: 'no numbers in the chosen column',
    input: 'name,score\nAnn,90\nBob,85',
    options: { column: 0 },
    message: /^No numbers found in column “name”\. The first entry, “Ann” on line 2, is not a number\./,
    line: 2,
  },
  {
    name: 'NaN',
    input: '1\n2\nnan\n3',
    message: 'Line 3 has “nan”, which means “not a number”: it is not a measurement. Remove it and try again.',
    line: 3,
  },
  {
    name: '-Infinity',
    input: '1 2\n-Infinity',
    message:
      'Line 2 has “-Infinity”, an infinite value. Infinite values have no probability density, so the likelihood cannot use them. Remove it and try again.',
    line: 2,
  },
  { name: 'inf', input: '1\ninf', message: /^Line 2 has “inf”, an infinite value\./, line: 2 },
  { name: 'the infinity sign', input: '3 ∞', message: /^Line 1 has “∞”, an infinite value\./, line: 1 },
  {
    name: 'an exponent that overflows',
    input: '1\n2\n1e400',
    message:
      'Line 3 has “1e400”, which is too large to compute with (the largest usable size is about 1.8e308). Check it for a typo, or rescale your data.',
    line: 3,
  },
  {
    name: '400 digits',
    input: `1\n${'9'.repeat(400)}`,
    message: /^Line 2 has “99999999999999999999…”, which is too large to compute with/,
    line: 2,
  },
  { name: 'a negative overflow', input: '−1e309 1', message: /^Line 1 has “−1e309”, which is too large/, line: 1 },
  {
    name: 'a single number',
    input: '42',
    message:
      'There is only one number (42). One value gives σ̂ = 0, so the likelihood has no maximum; add at least one more value.',
    line: null,
  },
  { name: 'a single number among words', input: '42 abc', message: /^There is only one number \(42\)\./, line: null },
  {
    name: 'all values equal',
    input: '5 5 5',
    message:
      'Every value is 5, so σ̂ = 0 and the likelihood grows without bound as σ shrinks toward 0: there is no maximum to find. Use at least two different values.',
    line: null,
  },
  { name: 'equal values spelled differently', input: '5\n5.0\n5e0\n+5', message: /^Every value is 5, /, line: null },
  {
    name: '100,001 values (one over the limit)',
    input: manyValues(MAX_N + 1).join('\n'),
    message: 'There are 100,001 numbers, more than the limit of 100,000. Use a sample of at most 100,000 values.',
    line: null,
  },
  {
    name: 'thousands separators between spaces',
    input: '1,234 5,678',
    message:
      'Line 1 has “1,234”, which could be 1234 or the two numbers 1 and 234. If it is one number, remove the thousands separators; if they are separate numbers, put a space after each comma.',
    line: 1,
  },
  {
    name: 'thousands separators one per line',
    input: 'amount\n1,000\n2,500\n300',
    message: /^Line 2 has “1,000”, which could be 1000 or the two numbers 1 and 000\./,
    line: 2,
  },
  {
    name: 'thousands separators with decimals',
    input: '1,234.5\n2',
    message: /^Line 1 has “1,234\.5”, which could be 1234\.5 or the two numbers 1 and 234\.5\./,
    line: 1,
  },
  {
    name: 'three comma groups',
    input: '512,498,530\n612,598,630',
    message: /^Line 1 has “512,498,530”, which could be 512498530 or the three numbers 512, 498 and 530\./,
    line: 1,
  },
  {
    name: 'a long thousands group is quoted short',
    input: '1,234,567,890,123,456,789 2',
    message:
      'Line 1 has “1,234,567,890,123,45…”, which could be one number or several separate ones. If it is one number, remove the thousands separators; if they are separate numbers, put a space after each comma.',
    line: 1,
  },
  {
    name: 'a quoted field with a thousands separator',
    input: '"1,234", 5',
    message: /^Line 1 has “1,234”, which could be 1234 or the two numbers 1 and 234\./,
    line: 1,
  },
  {
    name: 'a quoted thousands field in a table',
    input: 'name,amount\nAnn,"1,234"\nBob,"2,345"',
    message: /^Line 2 has “1,234”, which could be 1234/,
    line: 2,
  },
  {
    name: 'decimal commas with semicolons',
    input: '3,5; 4,25',
    message:
      'Line 1 has “3,5”, which looks like a decimal comma. It could be 3.5 or the two numbers 3 and 5. Write decimals with a point (3.5), and separate numbers with spaces, commas or new lines.',
    line: 1,
  },
  {
    name: 'decimal commas in a semicolon table',
    input: 'a;b\n3,5;4,25\n1,5;2',
    message: /^Line 2 has “3,5”, which looks like a decimal comma/,
    line: 2,
  },
];

function expectAccepted(result: DataParseResult, expected: AcceptedCase): void {
  if (!result.ok) throw new Error(`expected numbers, got: ${result.message}`);
  expect(result.values).toBeInstanceOf(Float64Array);
  expect(Array.from(result.values)).toEqual(expected.values);
  expect(result.columns).toEqual(expected.columns ?? []);
  expect(result.column).toBe(expected.column ?? 0);
  expect(result.columnName).toBe(expected.columnName ?? '');
  expect(result.skipped).toEqual(expected.skipped ?? []);
  expect(result.skippedNote).toBe(expected.skippedNote ?? null);
}

describe('parseData', () => {
  // The browser tests paste these same inputs into the page and expect these messages.
  it.each(rejectedInputs)('the browser-test fixture: $name', ({ input, message, line }) => {
    expect(parseData(input)).toEqual({ ok: false, message, line });
  });

  it('has a case for every rule', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('$name', (testCase) => {
    const result = parseData(testCase.input, testCase.options);
    if ('values' in testCase) {
      expectAccepted(result, testCase);
      return;
    }
    if (result.ok) throw new Error(`expected a rejection, got ${result.values.length} values`);
    if (typeof testCase.message === 'string') expect(result.message).toBe(testCase.message);
    else expect(result.message).toMatch(testCase.message);
    expect(result.line).toBe(testCase.line);
  });

  // Speed is measured by `npm run bench`; here only that a full-size paste reads correctly.
  it('reads 100,000 values', () => {
    const text = hundredThousand.map((value) => (value / 7).toFixed(4)).join('\n');
    const result = parseData(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.values.length).toBe(MAX_N);
    expect(result.values[12345]).toBe(Number((hundredThousand[12345] / 7).toFixed(4)));
  });

  // A backtracking scanner would hang on these (the test would time out); a linear one answers.
  it('answers long hostile tokens with a message', () => {
    const hostile = [`${'1'.repeat(200_000)}x`, `${'1,'.repeat(100_000)}x 1`, `${'1,234'.repeat(50_000)} 2`];
    for (const text of hostile) {
      const result = parseData(text);
      expect(result.ok ? result.values.length : result.message.length).toBeGreaterThan(0);
    }
  });
});

/** Writes doubles as a learner's file might hold them. */
const layouts = {
  lines: (values: number[]) => values.map(String).join('\n'),
  commas: (values: number[]) => values.map(String).join(','),
  crlfWithHeader: (values: number[]) => `value\r\n${values.map(String).join('\r\n')}\r\n`,
  semicolonsAndSpaces: (values: number[]) => values.map(String).join('; '),
};

const notAllEqual = (values: number[]) => values.some((value) => value !== values[0]);

describe('parseData properties', () => {
  it('reads back any finite doubles exactly, whatever the layout', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 2, maxLength: 500 })
          .filter(notAllEqual),
        fc.constantFrom(...(Object.keys(layouts) as (keyof typeof layouts)[])),
        (values, layout) => {
          const result = parseData(layouts[layout](values));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.values.length).toBe(values.length);
          // String(-0) is "0", so the sign of zero is lost on the way in; === treats them alike.
          values.forEach((value, index) => expect(result.values[index] === value).toBe(true));
          expect(result.skipped).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  function expectWellFormed(text: string): void {
    const result = parseData(text);
    if (result.ok) {
      expect(result.values.length).toBeGreaterThanOrEqual(2);
      expect(result.values.length).toBeLessThanOrEqual(MAX_N);
      expect(result.values.every(Number.isFinite)).toBe(true);
      expect(result.values.some((value) => value !== result.values[0])).toBe(true);
      expect(result.skippedNote === null).toBe(result.skipped.length === 0);
    } else {
      expect(result.message.length).toBeGreaterThan(0);
      expect(result.message).not.toBe(dataMessages.internal);
      if (result.line !== null) expect(Number.isInteger(result.line) && result.line >= 1).toBe(true);
    }
  }

  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), expectWellFormed), { numRuns: 1000 });
  });

  it('never throws on number-like soup', () => {
    const piece = fc.constantFrom(
      ...['1', '2.5', '-3', '−4', '+', '-', '.', 'e', 'E5', '1e400', 'NaN', 'inf', 'n/a', '?', 'x', 'name'],
      ...[',', ';', ' ', '\t', '\n', '\r\n', '\r', '"', '""', '1,234', '3,5', ',,', '\uFEFF', '∞'],
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join('')),
        expectWellFormed,
      ),
      { numRuns: 2000 },
    );
  });
});

/** A Blob-like file whose bytes are never read: enough to test the size check. */
function fakeFile(name: string, size: number): Blob & { name: string } {
  return {
    name,
    size,
    slice: () => {
      throw new Error('the size check should come first');
    },
  } as unknown as Blob & { name: string };
}

describe('checkDataFile', () => {
  it('accepts a text file', async () => {
    expect(await checkDataFile(new File(['tempo\n120\n128\n'], 'x.csv'))).toBeNull();
  });

  it('accepts an empty file (parseData explains that one)', async () => {
    expect(await checkDataFile(new File([], 'empty.txt'))).toBeNull();
  });

  it('rejects a file over 10 MB, saying how big it is', async () => {
    expect(await checkDataFile(fakeFile('big.csv', 50 * 1024 * 1024))).toBe(
      '“big.csv” is 50.0 MB; the limit is 10 MB. Choose a smaller file, or save just the column you need.',
    );
  });

  it('rejects a real file one byte over the limit without a contradictory size', async () => {
    const file = new File([new Uint8Array(MAX_FILE_BYTES + 1).fill(0x31)], 'ones.csv');
    expect(await checkDataFile(file)).toMatch(/^“ones\.csv” is just over 10 MB; the limit is 10 MB\./);
  });

  it('accepts a file of exactly 10 MB', async () => {
    expect(await checkDataFile(new File([new Uint8Array(MAX_FILE_BYTES).fill(0x31)], 'ten.csv'))).toBeNull();
  });

  it('rejects a file with NUL bytes', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await checkDataFile(new File([png], 'photo.png'))).toBe(
      '“photo.png” does not look like a text file: it may be an image, a spreadsheet (.xlsx) or another binary format. Save or export your numbers as .csv or .txt and choose that file.',
    );
  });

  it('rejects invalid UTF-8 full of high bytes', async () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, index) => 0x80 + ((index * 37) % 0x7f));
    expect(await checkDataFile(new File([bytes], 'data.bin'))).toMatch(/^“data\.bin” does not look like a text file/);
  });

  it('rejects text thick with control characters', async () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, index) => (index % 4 === 0 ? 0x01 : 0x31));
    expect(await checkDataFile(new File([bytes], 'odd.txt'))).toMatch(/does not look like a text file/);
  });

  it('accepts a legacy-encoded CSV with a few accented letters', async () => {
    // "Größe\n1.72\n1.80\n" in Windows-1252: invalid UTF-8, but plainly numbers.
    const bytes = new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x0a, ...new TextEncoder().encode('1.72\n1.80\n')]);
    expect(await checkDataFile(new File([bytes], 'heights.csv'))).toBeNull();
  });

  it('accepts UTF-8 text cut mid-character by the 4 KB sniff', async () => {
    const text = `${'1\n'.repeat(2047)}1é\n2`; // "é" straddles bytes 4095 and 4096
    expect(await checkDataFile(new File([text], 'accents.txt'))).toBeNull();
  });

  it('explains UTF-16 files', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x31, 0, 0x0a, 0, 0x32, 0]);
    expect(await checkDataFile(new File([bytes], 'unicode.txt'))).toMatch(/^“unicode\.txt” is saved as UTF-16/);
  });

  it('reports a file that cannot be read', async () => {
    const broken = {
      name: 'gone.csv',
      size: 10,
      slice: () => ({ arrayBuffer: () => Promise.reject(new Error('NotReadableError')) }),
    } as unknown as Blob & { name: string };
    expect(await checkDataFile(broken)).toBe(dataMessages.unreadable('gone.csv'));
  });
});
