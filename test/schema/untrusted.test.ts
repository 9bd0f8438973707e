import { describe, expect, it, vi } from 'vitest';
import shipped from '../../src/catalog/platform-catalog.json' with { type: 'json' };
import { compileUntrusted, untrustedCompilations, type CompiledSchema } from '../../src/schema/untrusted.js';

function reasonOf(result: CompiledSchema): string {
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.reason;
}

function validator(result: CompiledSchema) {
  if (!result.ok) throw new Error(`expected a compiled schema, got: ${result.reason}`);
  return result;
}

function nested(depth: number, wrap: (inner: object) => object): object {
  let schema: object = { type: 'string' };
  for (let i = 0; i < depth; i++) schema = wrap(schema);
  return schema;
}

describe('compileUntrusted: rejections', () => {
  it.each([
    ['remote https $ref', { $ref: 'https://evil.example/s.json' }, /^remote or file \$ref not allowed: https:\/\/evil\.example\/s\.json$/],
    ['http $ref in a property', { type: 'object', properties: { a: { $ref: 'http://evil.example/a' } } }, /^remote or file \$ref not allowed: http:/],
    ['file $ref', { $ref: 'file:///etc/passwd' }, /^remote or file \$ref not allowed: file:\/\/\/etc\/passwd$/],
    ['relative path $ref', { allOf: [{ $ref: '../../../secret.json' }] }, /^remote or file \$ref not allowed: \.\.\/\.\.\/\.\.\/secret\.json$/],
    ['$dynamicRef to a remote schema', { $dynamicRef: 'https://x.example/s' }, /^remote or file \$ref not allowed/],
    ['$data', { type: 'object', properties: { a: { type: 'string', pattern: { $data: '1/p' } } } }, /`\$data` is not allowed/],
    ['$async', { $async: true, type: 'object' }, /`\$async` is not allowed/],
    ['unknown keyword', { type: 'object', properties: { a: { type: 'string', widget: 'textarea' } } }, /strict mode: unknown keyword: "widget"/],
    ['look-ahead pattern', { type: 'string', pattern: '^(?=.*[0-9]).+$' }, /pattern `\^\(\?=\.\*\[0-9\]\)\.\+\$` cannot run on the linear-time engine/],
    ['back-reference pattern', { type: 'string', pattern: '^(a)\\1$' }, /cannot run on the linear-time engine: invalid escape sequence/],
    ['look-behind in patternProperties', { type: 'object', patternProperties: { '(?<!x)y': { type: 'string' } } }, /cannot run on the linear-time engine/],
    ['unknown $schema', { $schema: 'https://evil.example/meta', type: 'object' }, /no schema with key or ref "https:\/\/evil\.example\/meta"/],
    ['invalid against the meta-schema', { type: 'object', required: 'a' }, /schema is invalid: data\/required must be array/],
    ['an array instead of a schema', [{ type: 'string' }], /a schema must be a JSON object/],
    ['a prototype name as format', { type: 'string', format: 'constructor' }, /format name `constructor` is not allowed/],
    ['33 levels deep', nested(16, (inner) => ({ type: 'object', properties: { a: inner } })), /^schema nests deeper than 32 levels$/],
    ['10,001 subschemas', { anyOf: Array.from({ length: 10_001 }, () => ({})) }, /^schema has more than 10000 subschemas$/],
    ['over 256 KB', { type: 'string', description: 'x'.repeat(300 * 1024) }, /^schema is larger than 256 KB$/],
  ])('%s', (_name, schema, reason) => {
    expect(reasonOf(compileUntrusted(schema, 'test'))).toMatch(reason);
  });

  it('touches no network for a remote $ref', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in tests'));
    try {
      expect(reasonOf(compileUntrusted({ type: 'object', properties: { a: { $ref: 'https://evil.example/a.json#/x' } } }, 'test'))).toMatch(/remote/);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('rejects a 10,000-deep allOf without a stack overflow', () => {
    expect(reasonOf(compileUntrusted(nested(10_000, (inner) => ({ allOf: [inner] })), 'test'))).toMatch(/deeper than 32/);
  });

  it('rejects a reference bomb: 3 KB that doubles at each of 30 levels of $ref', () => {
    const definitions: Record<string, unknown> = { d30: { type: 'string' } };
    for (let i = 0; i < 30; i++) definitions[`d${i}`] = { anyOf: [{ $ref: `#/definitions/d${i + 1}` }, { $ref: `#/definitions/d${i + 1}` }] };
    const bomb = { type: 'object', properties: { a: { $ref: '#/definitions/d0' } }, definitions };
    expect(reasonOf(compileUntrusted(bomb, 'test'))).toMatch(/^schema stands for more than 50,000 subschemas once its `\$ref`s are followed$/);
  });

  it('accepts recursive and shared references of a normal size, and validates through them', () => {
    const tree = { $defs: { node: { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } } } }, $ref: '#/$defs/node' };
    const compiled = compileUntrusted(tree, 'test');
    if (!compiled.ok) throw new Error(compiled.reason);
    expect(compiled.validate({ name: 'a', children: [{ name: 'b', children: [{ name: 3 }] }] }).map((v) => v.pointer)).toEqual(['/children/0/children/0/name']);
    const amount = { type: 'string', pattern: '^[0-9]+$' };
    const shared = { type: 'object', properties: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`f${i}`, { $ref: '#/$defs/amount' }])), $defs: { amount } };
    expect(compileUntrusted(shared, 'test').ok).toBe(true);
    expect(compileUntrusted({ type: 'object', properties: { self: { $ref: '#' } } }, 'test').ok).toBe(true);
  });

  it('rejects a cyclic value as too deep instead of looping', () => {
    const schema: Record<string, unknown> = { type: 'object' };
    schema.properties = { self: schema };
    expect(reasonOf(compileUntrusted(schema, 'test'))).toMatch(/deeper than 32/);
  });

  it('does not mistake a property named $data or $ref, or $ref inside enum data, for keywords', () => {
    const result = compileUntrusted(
      { type: 'object', properties: { $data: { type: 'string' }, $ref: { type: 'string' } }, default: { $ref: 'https://x.example' } },
      'test',
    );
    expect(result.ok).toBe(true);
  });
});

describe('compileUntrusted: safe compilation', () => {
  it('runs a catastrophic pattern in linear time', () => {
    const { validate } = validator(compileUntrusted({ type: 'string', pattern: '^(a+)+$' }, 'test'));
    const started = performance.now();
    const violations = validate(`${'a'.repeat(30)}!`);
    expect(performance.now() - started).toBeLessThan(50);
    expect(violations.map((v) => v.keyword)).toEqual(['pattern']);
    expect(validate('aaaa')).toEqual([]);
  });

  it('keeps different patterns apart (ajv keys compiled patterns by their text)', () => {
    const { validate } = validator(compileUntrusted({ type: 'object', properties: { a: { type: 'string', pattern: '^a$' }, b: { type: 'string', pattern: '^b$' } } }, 'test'));
    expect(validate({ a: 'a', b: 'b' })).toEqual([]);
    expect(validate({ a: 'b', b: 'a' }).map((v) => v.pointer)).toEqual(['/a', '/b']);
  });

  it('compiles a $ref loop or fails cleanly, and validation never throws', () => {
    const loop = compileUntrusted({ definitions: { a: { $ref: '#/definitions/b' }, b: { $ref: '#/definitions/a' } }, $ref: '#/definitions/a' }, 'test');
    expect(loop).toEqual({ ok: false, reason: expect.stringMatching(/recurses without end/) });
    const self = validator(compileUntrusted({ $ref: '#' }, 'test'));
    expect(self.validate(1)).toEqual([expect.objectContaining({ keyword: '$error', message: 'could not be validated: the schema recurses without end' })]);
    const tree = validator(compileUntrusted({ type: 'object', properties: { child: { $ref: '#' } } }, 'test'));
    expect(tree.validate({ child: { child: 1 } }).map((v) => v.pointer)).toEqual(['/child/child']);
  });

  it('compiles the same content once, whatever the object', () => {
    const make = () => ({ type: 'object', properties: { n: { type: 'integer', maximum: 7 } }, required: ['n'] });
    const before = untrustedCompilations();
    const first = compileUntrusted(make(), 'a');
    const second = compileUntrusted(JSON.parse(JSON.stringify(make())), 'b');
    expect(untrustedCompilations() - before).toBe(1);
    expect(second).toBe(first);
    // Key order does not matter: the key is the hash of the canonical JSON.
    compileUntrusted({ required: ['n'], properties: { n: { maximum: 7, type: 'integer' } }, type: 'object' }, 'c');
    expect(untrustedCompilations() - before).toBe(1);
  });

  it('guards, serialises and hashes one schema object once, however many nodes use it', () => {
    let reads = 0;
    const schema = { properties: { n: { type: 'integer' } } };
    Object.defineProperty(schema, 'type', { enumerable: true, get: () => (reads++, 'object') });
    const first = compileUntrusted(schema, 'a');
    const readsOnce = reads;
    expect(readsOnce).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) expect(compileUntrusted(schema, `node ${i}`)).toBe(first);
    expect(reads).toBe(readsOnce);
  });

  it('accepts enumNames and the B3OS formats', () => {
    const { validate } = validator(
      compileUntrusted(
        {
          type: 'object',
          properties: {
            speed: { type: 'string', enum: ['slow', 'fast'], enumNames: ['Slow', 'Fast'] },
            amount: { type: 'string', format: 'token-amount' },
            to: { type: 'string', format: 'evm-address' },
            mint: { type: 'string', format: 'solana-address' },
            any: { type: 'string', format: 'address' },
          },
        },
        'test',
      ),
    );
    const good = { speed: 'fast', amount: '1500000000', to: `0x${'ab'.repeat(20)}`, mint: 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v', any: 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v' };
    expect(validate(good)).toEqual([]);
    const bad = validate({ speed: 'Fast', amount: '1.5', to: '0x12', mint: '0OIl', any: 'nope' });
    expect(bad.map((v) => [v.pointer, v.keyword])).toEqual([
      ['/speed', 'enum'],
      ['/amount', 'format'],
      ['/to', 'format'],
      ['/mint', 'format'],
      ['/any', 'format'],
    ]);
    expect(validate({ amount: '1'.repeat(79) }).map((v) => v.keyword)).toEqual(['format']);
  });

  it('treats unknown formats as annotations and lists them', () => {
    const result = validator(compileUntrusted({ type: 'string', format: 'uint256' }, 'test'));
    expect(result.ignoredFormats).toEqual(['uint256']);
    expect(result.validate('anything')).toEqual([]);
  });

  it('picks the dialect from $schema: 2020-12 and 2019-09 keywords work', () => {
    const v2020 = validator(compileUntrusted({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array', prefixItems: [{ type: 'number' }] }, 'test'));
    expect(v2020.validate(['x']).map((v) => v.pointer)).toEqual(['/0']);
    const v2019 = validator(compileUntrusted({ $schema: 'https://json-schema.org/draft/2019-09/schema', type: 'object', dependentRequired: { a: ['b'] } }, 'test'));
    expect(v2019.validate({ a: 1 }).map((v) => v.keyword)).toEqual(['dependentRequired']);
  });

  it('compiles schemas that share an $id but differ', () => {
    const a = validator(compileUntrusted({ $id: 'https://acme.example/s', type: 'object', properties: { x: { $id: 'https://acme.example/x', type: 'string' } } }, 'a'));
    const b = validator(compileUntrusted({ $id: 'https://acme.example/s', type: 'object', properties: { x: { $id: 'https://acme.example/x', type: 'number' } } }, 'b'));
    expect(a.validate({ x: 1 }).map((v) => v.keyword)).toEqual(['type']);
    expect(b.validate({ x: 1 })).toEqual([]);
  });

  it('compiles every schema of the shipped catalog', () => {
    const sections = [shipped.actions, shipped.triggers, shipped.logic] as ReadonlyArray<ReadonlyArray<{ type: string; payloadSchema?: unknown }>>;
    const failing = sections.flat().flatMap((entry) => {
      if (!entry.payloadSchema) return [];
      const result = compileUntrusted(entry.payloadSchema, 'shipped');
      return result.ok ? [] : [`${entry.type}: ${result.reason}`];
    });
    expect(failing).toEqual([]);
  });
});
