import { describe, expect, it } from 'vitest';
import { describeFold, firstUnusual, foldPath, type FoldReason } from '../../src/core/path-fold.js';

describe('foldPath', () => {
  it.each<[string, string, FoldReason[]]>([
    ['workflows/a/workflow.json', 'workflows/a/workflow.json', []],
    ['Workflows/A/workflow.json', 'workflows/a/workflow.json', ['case']],
    ['w\u043erkflows/a/workflow.json', 'workflows/a/workflow.json', ['look-alike']],
    ['W\u041eRKFLOWS/a', 'workflows/a', ['look-alike', 'case']],
    ['w\u043erkfl\u043ews/\u0430', 'workflows/a', ['look-alike']],
    ['\u1d21orkflows/\u0561', 'workflows/\u0561', ['look-alike']],
    ['work\u200bflows/a', 'workflows/a', ['invisible']],
    ['\u3164workflows', 'workflows', ['invisible']],
    ['workflows\u2028/a', 'workflows/a', ['invisible']],
    ['ｗorkflows/a', 'workflows/a', ['look-alike']],
    ['workflows\u2215a/workflow.json', 'workflows/a/workflow.json', ['slash']],
    ['workflows\\a\uff0fworkflow.json', 'workflows/a/workflow.json', ['slash']],
    [' \tworkflows/a', 'workflows/a', ['leading']],
    ['workflows. /a.', 'workflows/a', ['trailing']],
    ['workflows/a/workflow.jsonc', 'workflows/a/workflow.json', ['extension']],
    ['workflows/a/Workflow.JSON5', 'workflows/a/workflow.json', ['extension', 'case']],
    ['workflows/a/workflow.json5x', 'workflows/a/workflow.json5x', []],
    ['a b/c.d', 'a b/c.d', []],
  ])('folds %j to %j (%j)', (path, folded, reasons) => {
    const result = foldPath(path);
    expect(result.path).toBe(folded);
    expect([...result.reasons]).toEqual(reasons);
  });
  it('folds each look-alike letter of Cyrillic, Greek, Armenian and the small capitals to its Latin letter', () => {
    const alike = [...'авекмнорстухіјѕԁӏԛԝɡАВЕКМНОРСТХІЈЅαορνκιτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧօոսհցզՏՕՍᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ'];
    const latin = [...'abekmhopctyxijsdlqwgABEKMHOPCTXIJSaopvkituxABEZHIKMNOPTYXonuhgqSOUabcdefghijklmnoprstuvwyz'];
    expect(alike).toHaveLength(latin.length);
    const folded = alike.map((c) => foldPath(`x${c}`));
    expect(folded.map((f) => f.path)).toEqual(latin.map((l) => `x${l.toLowerCase()}`));
    expect(folded.every((f) => f.reasons.has('look-alike'))).toBe(true);
  });
});

describe('describeFold', () => {
  it('says every reason in words, in order', () => {
    expect(describeFold(new Set<FoldReason>(['case', 'look-alike', 'invisible', 'slash', 'leading', 'trailing', 'extension']))).toBe(
      'the letter case differs; it has a character that only looks Latin; it has an invisible character; a name has a character that looks like a slash; a name starts with a space; a name ends with a dot or a space; its extension is not `.json`',
    );
    expect(describeFold(new Set())).toBe('');
  });
});

describe('firstUnusual', () => {
  it.each([
    ['workflows/a', undefined],
    ['~ !', undefined],
    ['w\u043erk\u200b', 'U+043E'],
    ['a\u007f', 'U+007F'],
    ['a\u001f', 'U+001F'],
    ['a\u00e9', 'U+00E9'],
    ['a\u{1d5ba}', 'U+1D5BA'],
  ])('finds in %j %s', (path, expected) => {
    expect(firstUnusual(path)).toBe(expected);
  });
});
