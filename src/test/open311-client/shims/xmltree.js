'use strict';
// An XML document as a tree of {name, children, text}, read with fast-xml-parser (pure JavaScript).
const { XMLParser } = require('fast-xml-parser');

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  parseTagValue: false,
  trimValues: true,
});

function nodes(list) {
  const result = [];
  for (const entry of list) {
    const name = Object.keys(entry).find((key) => key !== ':@');
    if (name === '#text') {
      continue;
    }
    const content = entry[name] || [];
    const text = content.filter((c) => '#text' in c).map((c) => String(c['#text'])).join('');
    result.push({ name, children: nodes(content), text });
  }
  return result;
}

/** The root element of an XML document. */
module.exports = function root(xml) {
  const top = nodes(parser.parse(String(xml)));
  if (top.length !== 1) {
    throw new Error('not one XML root element: ' + String(xml).slice(0, 200));
  }
  return top[0];
};
