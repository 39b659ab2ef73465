import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { scormManifest } from '../../scripts/scorm-manifest.mjs';
import { findScormApi, startScormSession, type Scorm12Api } from '../../src/features/scorm/scorm';

const SCHEMAS = path.resolve('tests/fixtures/scorm12');
const schemaFile = (fileName: string) => ({
  fileName,
  contents: fs.readFileSync(path.join(SCHEMAS, fileName), 'utf8'),
});
/**
 * One schema that imports the namespaces this manifest uses: content packaging and ADL's
 * extensions. (The IMS metadata schema is shipped but not used by the manifest; libxml2
 * rejects its content model as non-deterministic, so it is not loaded here.)
 */
const ALL_NAMESPACES = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`;

const validate = (xml: string) =>
  validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'scorm12.xsd', contents: ALL_NAMESPACES }],
    preload: ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'].map(schemaFile),
  });

describe('the SCORM 1.2 manifest', () => {
  it('is valid against the SCORM 1.2 schemas', async () => {
    const result = await validate(scormManifest('1.2.3'));
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('a manifest that breaks the schema is caught (the check can fail)', async () => {
    const broken = scormManifest('1.2.3').replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
    expect((await validate(broken)).valid).toBe(false);
  });

  it('declares one SCO, index.html', () => {
    const xml = scormManifest('1.2.3');
    expect(xml.match(/adlcp:scormtype="sco"/g)).toHaveLength(1);
    expect(xml).toContain('href="index.html"');
  });
});

/** A fake LMS API that records every call, as an LMS frame would expose it. */
function fakeLms(status = 'not attempted') {
  const calls: string[] = [];
  const values: Record<string, string> = { 'cmi.core.lesson_status': status };
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
    LMSFinish: () => (calls.push('LMSFinish'), 'true'),
    LMSGetValue: (key) => (calls.push(`LMSGetValue ${key}`), values[key] ?? ''),
    LMSSetValue: (key, value) => (calls.push(`LMSSetValue ${key}=${value}`), (values[key] = value), 'true'),
    LMSCommit: () => (calls.push('LMSCommit'), 'true'),
  };
  return { api, calls, values };
}

/** A chain of frames: the content, then its parents; the LMS's API on one of them. */
function frames(depth: number, apiAt: number | null, api: Scorm12Api): Window {
  const top: Record<string, unknown> = {};
  top.parent = top;
  if (apiAt === depth) top.API = api;
  let current = top;
  for (let level = depth - 1; level >= 0; level--) {
    const child: Record<string, unknown> = { parent: current };
    if (apiAt === level) child.API = api;
    current = child;
  }
  return current as unknown as Window;
}

describe('the SCORM runtime', () => {
  it('finds the API up the parent frames, up to the standard depth', () => {
    const { api } = fakeLms();
    expect(findScormApi(frames(0, 0, api))).toBe(api);
    expect(findScormApi(frames(3, 2, api))).toBe(api);
    expect(findScormApi(frames(10, 9, api))).toBeNull();
    expect(findScormApi(frames(3, null, api))).toBeNull();
  });

  it('skips frames that refuse access and objects that are not an API', () => {
    const { api } = fakeLms();
    const top = { API: api } as Record<string, unknown>;
    top.parent = top;
    const guarded = Object.defineProperty({ parent: top }, 'API', {
      get: () => {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    const content = { parent: guarded, API: { LMSInitialize: 'nope' } } as unknown as Window;
    expect(findScormApi(content)).toBe(api);
  });

  it('reports incomplete on start, completed once, and finishes once', () => {
    const { api, calls, values } = fakeLms();
    const session = startScormSession(api)!;
    expect(calls).toEqual([
      'LMSInitialize',
      'LMSGetValue cmi.core.lesson_status',
      'LMSSetValue cmi.core.lesson_status=incomplete',
      'LMSCommit',
    ]);
    session.complete();
    session.complete();
    expect(values['cmi.core.lesson_status']).toBe('completed');
    expect(calls.filter((c) => c.endsWith('=completed'))).toHaveLength(1);
    session.finish();
    session.finish();
    expect(calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
  });

  it('never downgrades a finished attempt to incomplete', () => {
    const { api, calls } = fakeLms('completed');
    startScormSession(api)!.complete();
    expect(calls.some((c) => c.includes('=incomplete') || c.includes('=completed'))).toBe(false);
  });

  it('gives up quietly when the LMS refuses to initialise', () => {
    const { api } = fakeLms();
    api.LMSInitialize = () => 'false';
    expect(startScormSession(api)).toBeNull();
  });
});
