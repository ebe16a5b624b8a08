'use strict';
// Stand-in for xml2json 0.2 (a native node-expat 1.4 module that does not build on current Node; see ../../README.md).
// toJson(xml, {object: true}) as xml2json answers it: {root: {...}}, a child element once is a value, a repeated one an
// array, a leaf is its text ({} when empty).
const root = require('../xmltree');

function value(node) {
  if (node.children.length === 0) {
    return node.text === '' ? {} : node.text;
  }
  const object = {};
  for (const child of node.children) {
    const converted = value(child);
    if (!(child.name in object)) {
      object[child.name] = converted;
    } else if (Array.isArray(object[child.name])) {
      object[child.name].push(converted);
    } else {
      object[child.name] = [object[child.name], converted];
    }
  }
  return object;
}

exports.toJson = function toJson(xml, options) {
  const node = root(xml);
  const result = { [node.name]: value(node) };
  return options && options.object ? result : JSON.stringify(result);
};
