import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attr, child, descendants, parseXml, textOf } from './xml.js';
describe('parseXml', () => {
    it('reads prefixed names and attributes by local name', () => {
        const root = parseXml('<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p w:rsid="1"><w:t>合计 &amp; 小计</w:t></w:p></w:body></w:document>');
        const p = descendants(root, 'p')[0];
        assert.ok(p);
        assert.equal(attr(p, 'rsid'), '1');
        assert.equal(textOf(child(p, 't')), '合计 & 小计');
    });
    it('never expands entities a DOCTYPE defines (billion laughs, external entities)', () => {
        const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY ext SYSTEM "file:///etc/passwd">]><root>&lol2;&ext;</root>`;
        const text = textOf(parseXml(laughs));
        assert.ok(text.length < 40, `not expanded: ${text}`);
        assert.doesNotMatch(text, /lollol|root:/);
    });
});
//# sourceMappingURL=xml.test.js.map