'use strict';
// Stand-in for sparkxml, the git-only dependency of open311 0.0.12 that no registry has (see ../../README.md).
// parseXml by the Open311 Spark convention: the root element is dropped; an element whose children all share one
// name is an array of them; an element with children of different names is an object; a leaf is its text.
const root = require('../xmltree');

function spark(node) {
  if (node.children.length === 0) {
    return node.text;
  }
  const names = new Set(node.children.map((child) => child.name));
  if (names.size === 1) {
    return node.children.map(spark);
  }
  const object = {};
  for (const child of node.children) {
    object[child.name] = spark(child);
  }
  return object;
}

exports.parseXml = function parseXml(xml) {
  return spark(root(xml));
};
