/**
 * @jest-environment jsdom
 */
/**
 * Offline checks of manifest.xml (the online validation is `npm run validate`). The XML is parsed
 * by jsdom's strict XML parser (the jsdom test environment's DOMParser).
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..');
const MANIFEST = join(ROOT, 'manifest.xml');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest.xml is not well-formed XML: ${error.textContent}`);
  return doc;
}

const doc = parse(readFileSync(MANIFEST, 'utf8'));
const root = doc.documentElement;

function all(ns: string, name: string, scope: Document | Element = doc): Element[] {
  return Array.from(scope.getElementsByTagNameNS(ns, name));
}

function one(ns: string, name: string, scope: Document | Element = doc): Element {
  const found = all(ns, name, scope);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, 'type');
}

/** The element's direct child in the same namespace with that local name. */
function child(el: Element, name: string): Element {
  const c = Array.from(el.children).find((x) => x.localName === name);
  if (!c) throw new Error(`<${el.localName}> has no <${name}>`);
  return c;
}

const versionOverrides = one(NS.ov, 'VersionOverrides');
const resources = one(NS.ov, 'Resources', versionOverrides);

/** resid → the resource element (bt:Image, bt:Url, bt:String) defining it, with its kind. */
const resourcesById = new Map<string, { kind: string; el: Element }>();
for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
  for (const group of all(NS.bt, kind, resources)) {
    for (const el of Array.from(group.children)) {
      const id = el.getAttribute('id');
      if (!id) throw new Error(`a resource in bt:${kind} has no id`);
      if (resourcesById.has(id)) throw new Error(`resource id ${id} is defined twice`);
      resourcesById.set(id, { kind, el });
    }
  }
}

function resource(resid: string | null, kind?: string): Element {
  expect(resid).toBeTruthy();
  const r = resourcesById.get(resid as string);
  if (!r) throw new Error(`resid "${resid}" is not defined in <Resources>`);
  if (kind && r.kind !== kind) throw new Error(`resid "${resid}" is a ${r.kind} resource, expected ${kind}`);
  return r.el;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file} has no IHDR chunk first`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const LOCAL_URL_PREFIX = 'https://localhost:3000/';

/** The file in assets/ a manifest URL points at. */
function assetFile(url: string): string {
  expect(url.startsWith(`${LOCAL_URL_PREFIX}assets/`)).toBe(true);
  return join(ROOT, 'assets', url.slice(`${LOCAL_URL_PREFIX}assets/`.length));
}

describe('manifest.xml', () => {
  test('is a well-formed task pane add-in manifest for Excel', () => {
    expect(root.namespaceURI).toBe(NS.app);
    expect(root.localName).toBe('OfficeApp');
    expect(xsiType(root)).toBe('TaskPaneApp');
    const hosts = all(NS.app, 'Host', child(root, 'Hosts')).map((h) => h.getAttribute('Name'));
    expect(hosts).toEqual(['Workbook']);
    expect(one(NS.app, 'Permissions').textContent?.trim()).toBe('ReadWriteDocument');
    expect(xsiType(versionOverrides)).toBe('VersionOverridesV1_0');
  });

  test('has a GUID id, a four-part version and a provider', () => {
    expect(child(root, 'Id').textContent?.trim()).toMatch(GUID);
    expect(child(root, 'Version').textContent?.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, 'ProviderName').textContent?.trim()).not.toBe('');
  });

  test('requires the shared runtime and the custom functions runtime', () => {
    const sets = new Map(
      all(NS.app, 'Set', child(root, 'Requirements')).map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]),
    );
    expect(sets.get('SharedRuntime')).toBe('1.1');
    expect(sets.get('CustomFunctionsRuntime')).toBe('1.1');
  });

  test('every URL is https', () => {
    const urls: string[] = [];
    for (const el of Array.from(doc.getElementsByTagName('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name === 'DefaultValue' && /^[a-z]+:\/\//i.test(attr.value)) urls.push(attr.value);
        if (attr.name === 'Value' && /^[a-z]+:\/\//i.test(attr.value)) urls.push(attr.value);
      }
    }
    urls.push(...all(NS.app, 'AppDomain').map((d) => d.textContent?.trim() ?? ''));
    for (const r of resourcesById.values()) if (r.kind === 'Images' || r.kind === 'Urls') urls.push(r.el.getAttribute('DefaultValue') ?? '');
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^\s]+$/);
    expect(one(NS.app, 'SourceLocation', child(root, 'DefaultSettings')).getAttribute('DefaultValue')).toBe(
      `${LOCAL_URL_PREFIX}taskpane.html`,
    );
  });

  test('every resid resolves to a resource of the right kind', () => {
    const used = Array.from(versionOverrides.getElementsByTagName('*')).filter((el) => el.hasAttribute('resid'));
    expect(used.length).toBeGreaterThan(10);
    for (const el of used) {
      const resid = el.getAttribute('resid');
      const expected: Record<string, string> = {
        Runtime: 'Urls',
        SourceLocation: 'Urls',
        FunctionFile: 'Urls',
        LearnMoreUrl: 'Urls',
        Namespace: 'ShortStrings',
        Label: 'ShortStrings',
        Title: 'ShortStrings',
        Description: 'LongStrings',
        Image: 'Images',
      };
      resource(resid, expected[el.localName]);
    }
  });

  test('one shared runtime: the Runtime, the functions Page, the FunctionFile and the ShowTaskpane action use the same URL', () => {
    const runtimes = all(NS.ov, 'Runtime', versionOverrides);
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute('lifetime')).toBe('long');
    const runtimeResid = runtimes[0].getAttribute('resid');
    expect(runtimeResid).toBe('Taskpane.Url');

    const cf = all(NS.ov, 'ExtensionPoint', versionOverrides).filter((e) => xsiType(e) === 'CustomFunctions');
    expect(cf).toHaveLength(1);
    const page = child(child(cf[0], 'Page'), 'SourceLocation').getAttribute('resid');
    const functionFile = one(NS.ov, 'FunctionFile', versionOverrides).getAttribute('resid');
    const actions = all(NS.ov, 'Action', versionOverrides).filter((a) => xsiType(a) === 'ShowTaskpane');
    expect(actions.length).toBeGreaterThanOrEqual(1);
    for (const action of actions) {
      expect(child(action, 'TaskpaneId').textContent?.trim()).toBe('ButtonId1');
      expect(child(action, 'SourceLocation').getAttribute('resid')).toBe(runtimeResid);
    }
    expect(page).toBe(runtimeResid);
    expect(functionFile).toBe(runtimeResid);
    expect(resource(runtimeResid, 'Urls').getAttribute('DefaultValue')).toBe(`${LOCAL_URL_PREFIX}taskpane.html`);
  });

  test('custom functions: namespace SALES, script functions.js, metadata functions.json', () => {
    const cf = all(NS.ov, 'ExtensionPoint', versionOverrides).find((e) => xsiType(e) === 'CustomFunctions');
    expect(cf).toBeDefined();
    const ext = cf as Element;
    const url = (el: Element) => resource(el.getAttribute('resid'), 'Urls').getAttribute('DefaultValue');
    expect(url(child(child(ext, 'Script'), 'SourceLocation'))).toBe(`${LOCAL_URL_PREFIX}functions.js`);
    expect(url(child(child(ext, 'Metadata'), 'SourceLocation'))).toBe(`${LOCAL_URL_PREFIX}functions.json`);
    const ns = resource(child(ext, 'Namespace').getAttribute('resid'), 'ShortStrings');
    expect(ns.getAttribute('DefaultValue')).toBe('SALES');
    // The namespace is part of every formula: it must not change with the display language.
    expect(all(NS.bt, 'Override', ns)).toHaveLength(0);
  });

  test('a ribbon button "Sales Kit" opens the task pane', () => {
    const buttons = all(NS.ov, 'Control', versionOverrides).filter((c) => xsiType(c) === 'Button');
    expect(buttons).toHaveLength(1);
    const label = resource(child(buttons[0], 'Label').getAttribute('resid'), 'ShortStrings');
    expect(label.getAttribute('DefaultValue')).toBe('Sales Kit');
    const zh = all(NS.bt, 'Override', label).find((o) => o.getAttribute('Locale') === 'zh-CN');
    expect(zh?.getAttribute('Value')).toBe('销售工具包');
    expect(xsiType(child(buttons[0], 'Action'))).toBe('ShowTaskpane');
  });

  test('icons exist in assets/ with the pixel size the manifest states', () => {
    const checked: string[] = [];
    for (const img of all(NS.bt, 'Image', versionOverrides).filter((i) => i.hasAttribute('size'))) {
      const size = Number(img.getAttribute('size'));
      const file = assetFile(resource(img.getAttribute('resid'), 'Images').getAttribute('DefaultValue') ?? '');
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
      checked.push(file);
    }
    const iconUrl = child(root, 'IconUrl').getAttribute('DefaultValue') ?? '';
    const hiRes = child(root, 'HighResolutionIconUrl').getAttribute('DefaultValue') ?? '';
    expect(pngSize(assetFile(iconUrl))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFile(hiRes))).toEqual({ width: 64, height: 64 });
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    expect(checked.length).toBeGreaterThanOrEqual(3);
  });

  test('zh-CN overrides for the display name, the description and every ribbon string', () => {
    const zh = (el: Element) =>
      Array.from(el.children).find((o) => o.localName === 'Override' && o.getAttribute('Locale') === 'zh-CN');
    expect(child(root, 'DisplayName').getAttribute('DefaultValue')).toBe('Sales Performance Kit');
    expect(zh(child(root, 'DisplayName'))?.getAttribute('Value')).toBe('销售绩效工具包');
    expect(zh(child(root, 'Description'))?.getAttribute('Value')).toBeTruthy();
    for (const [id, r] of resourcesById) {
      if ((r.kind === 'ShortStrings' || r.kind === 'LongStrings') && id !== 'Functions.Namespace') {
        expect([id, zh(r.el)?.getAttribute('Value')]).toEqual([id, expect.stringMatching(/\S/)]);
      }
    }
  });
});
