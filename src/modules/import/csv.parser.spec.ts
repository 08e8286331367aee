import { CsvParser } from './csv.parser.js';

const parseAll = (chunks: string[]) => {
  const p = new CsvParser();
  return [...chunks.flatMap((c) => p.push(c)), ...p.end()];
};

describe('CSV parser', () => {
  it('splits records on CRLF or LF and fields on commas', () => {
    expect(parseAll(['a,b,c\r\n1,2,3\n4,,6'])).toEqual([['a', 'b', 'c'], ['1', '2', '3'], ['4', '', '6']]);
  });

  it('reads quoted fields with commas, quotes and line breaks', () => {
    expect(parseAll(['"济宁市, 任城区","他说""好""","两\r\n行"\r\n'])).toEqual([['济宁市, 任城区', '他说"好"', '两\r\n行']]);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const text = 'name,"a ""b"", c"\r\nx,"y\r\nz"\r\n';
    const whole = parseAll([text]);
    for (let cut = 1; cut < text.length; cut++) expect(parseAll([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
  });

  it('keeps empty lines as one empty field (the reader skips them)', () => {
    expect(parseAll(['a\r\n\r\nb\r\n'])).toEqual([['a'], [''], ['b']]);
  });
});
